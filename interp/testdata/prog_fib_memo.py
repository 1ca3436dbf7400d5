# Program: fibonacci via naive recursion, memo dict, iteration and fast doubling, with big ints and call counting.
calls = 0


def fib_naive(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib_naive(n - 1) + fib_naive(n - 2)


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n in memo:
        return memo[n]
    result = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result


def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


for n in [0, 1, 2, 10, 20]:
    calls = 0
    v = fib_naive(n)
    print(f"fib_naive({n}) = {v} using {calls} calls")

for n in [30, 90, 92, 93, 100, 300]:
    m = fib_memo(n)
    it = fib_iter(n)
    fd = fib_doubling(n)[0]
    print(n, m, m == it == fd)
print("memo size", len(memo))

big = fib_doubling(1000)[0]
s = str(big)
print("fib(1000) has", len(s), "digits:", s[:15] + "..." + s[-15:])
print("fib(1000) mod 1e9+7 =", big % (10 ** 9 + 7))
print("digit sum", sum([int(c) for c in s]))

ratio_prev = 0.0
for n in range(1, 40, 4):
    r = fib_iter(n + 1) / fib_iter(n)
    print(f"{n:>3} {r:.15f} {abs(r - ratio_prev):.3e}")
    ratio_prev = r
phi = (1 + 5 ** 0.5) / 2
print(f"phi = {phi:.15f}", round(phi ** 20 / 5 ** 0.5) == fib_iter(20))

first_over = {}
n = 0
while len(first_over) < 6:
    n += 1
    v = fib_iter(n)
    digits = len(str(v))
    if digits % 10 == 0 and digits not in first_over:
        first_over[digits] = n
print(first_over)
even_sum = 0
a, b = 1, 2
while a <= 4000000:
    if a % 2 == 0:
        even_sum += a
    a, b = b, a + b
print("even fib sum", even_sum)
crossed = 0
for n in range(85, 100):
    if fib_iter(n) > 2 ** 63 - 1 and crossed == 0:
        crossed = n
print("first fib beyond int64:", crossed, fib_iter(crossed - 1), fib_iter(crossed))
