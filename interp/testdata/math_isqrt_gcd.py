# Checks math.isqrt and math.gcd on small, big, zero and negative inputs.
import math
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2 ** 64, 10 ** 40, 10 ** 40 - 1]:
    print(n, math.isqrt(n))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(17, 5))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 30, 10 ** 20 + 5))
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
