# Checks an uncaught ValueError printing an int with more digits than the limit.
import sys
sys.set_int_max_str_digits(1000)
n = 10 ** 999
print(len(str(n)))
print(n * 10)
