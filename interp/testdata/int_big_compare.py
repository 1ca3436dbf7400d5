# Checks comparisons between big ints, small ints, negatives and floats.
a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a > b, a == b, a != b, a <= a, b >= a)
print(-a < -b, -a > -b)
print(a > 5, -a < -5, 5 < a)
print(a == 2 ** 100, a == float(a), b == float(b))
print(a < float("inf"), -a > float("-inf"))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(max(a, b, 3) == b, min(-a, -b) == -b)
print(sorted([b, 3, -a, a, 0]) == [-a, 0, 3, a, b])
print(2 ** 64 == 18446744073709551616)
print(1 < 2 ** 64 < 2 ** 65)
