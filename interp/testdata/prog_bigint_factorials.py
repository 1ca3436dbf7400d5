# Program: big-int factorials, binomials, digit sums, trailing zeros, Catalan numbers and exact int math.
import math


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(k):
        result = result * (n - i) // (i + 1)
    return result


def trailing_zeros(n):
    count = 0
    p = 5
    while p <= n:
        count += n // p
        p *= 5
    return count


def digit_sum(n):
    return sum([int(c) for c in str(n)])


for n in [0, 1, 5, 10, 20, 21, 25, 50]:
    print(f"{n}! = {factorial(n)}")

f100 = factorial(100)
s = str(f100)
print("100! digits:", len(s), "digit sum:", digit_sum(f100))
print("trailing zeros:", len(s) - len(s.rstrip("0")), trailing_zeros(100))
print("1000! trailing zeros:", trailing_zeros(1000), "digits:", len(str(factorial(1000))))
print("20! fits int64:", factorial(20) <= 2 ** 63 - 1, "21! fits:", factorial(21) <= 2 ** 63 - 1)

row = [binomial(10, k) for k in range(11)]
print("row 10:", row, sum(row) == 2 ** 10)
print("C(100, 50) =", binomial(100, 50))
print("C(1000, 3) =", binomial(1000, 3), binomial(1000, 997) == binomial(1000, 3))

catalan = [binomial(2 * n, n) // (n + 1) for n in range(15)]
print("catalan:", catalan)

print("factorial ratio:", factorial(52) // factorial(47), factorial(30) // factorial(28))
print("huge division:", factorial(60) // factorial(58) == 60 * 59)
print("mod prime:", factorial(1000) % (10 ** 9 + 7))
print("gcd:", math.gcd(factorial(20), 2 ** 70), math.gcd(factorial(15), factorial(12) + 1))
print("isqrt 50!:", math.isqrt(factorial(50)))

x = factorial(30)
print(len(bin(x)) - 2, hex(x))
print(-x // 7, -x % 7, divmod(x, 10 ** 20))
print(x > 2 ** 100, x < 2 ** 108, x == int(str(x)), float(x))
print(f"{x:,}")
print(f"{factorial(25) / factorial(23):.1f}", factorial(170) / factorial(169))

stirling = []
for n in [10, 50, 100]:
    approx = math.sqrt(2 * math.pi * n) * (n / math.e) ** n
    stirling.append(f"{factorial(n) / approx:.8f}")
print("stirling ratio:", stirling)
