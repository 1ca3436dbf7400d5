# Checks three-argument pow including big exponents, negative bases and modular inverses.
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(2, -1, 11), pow(10, -2, 17))
print(pow(38, -1, 97) * 38 % 97)
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(123456789, 987654321, 2 ** 127 - 1))
print(pow(2 ** 100, 2 ** 100, 10 ** 20 + 39))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
