# Checks the uncaught TypeError "C() takes no arguments" for a class without __init__ called with arguments.
class Marker:
    pass


m = Marker()
print(type(m).__name__)
Marker(1, 2)
