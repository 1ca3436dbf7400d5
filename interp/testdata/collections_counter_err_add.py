# Checks an uncaught TypeError adding an int to a Counter.
from collections import Counter
c = Counter("aab")
print(c + Counter("b"))
print(c + 1)
