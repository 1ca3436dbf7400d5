# Checks an uncaught ValueError from sys.set_int_max_str_digits below the threshold.
import sys
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(100)
