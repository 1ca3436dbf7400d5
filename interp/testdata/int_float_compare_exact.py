# Checks exact comparison of ints with floats even when the int is not representable as a float.
big = 2 ** 53 + 1
print(big == float(big), float(big) == 2 ** 53)
print(big > float(big), big - 1 == float(big))
print(2 ** 53 == 2.0 ** 53)
print(10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16)
print(2 ** 63 == 9.223372036854776e18, 2 ** 63 - 1 < 9.223372036854776e18)
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0)
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"))
print(3 == 3.0000000000000001)
print(float("nan") == 1, 1 != float("nan"))
x = 9007199254740993
print(x < 9007199254740994.0, x > 9007199254740992.0)
print(float(x))
