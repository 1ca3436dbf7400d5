# Program: sieve of Eratosthenes, prime counting, twin primes, gaps and factorisation by trial division.
import math


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    if limit >= 1:
        is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i in range(limit + 1) if is_prime[i]]


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors


def is_prime_trial(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, math.isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True


primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
print("sum:", sum(primes))

counts = []
for limit in [10, 100, 1000, 10000]:
    c = 0
    for p in primes:
        if p < limit:
            c += 1
        else:
            break
    counts.append((limit, c))
for limit, c in counts:
    print(f"pi({limit:>5}) = {c:>4}  ratio {c / limit:.4f}  vs 1/ln {1 / math.log(limit):.4f}")

twins = []
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins.append((primes[i], primes[i + 1]))
print("twin pairs:", len(twins), "first:", twins[:5], "last:", twins[-1])

gaps = {}
max_gap = 0
max_gap_at = 0
for i in range(len(primes) - 1):
    g = primes[i + 1] - primes[i]
    gaps[g] = gaps.get(g, 0) + 1
    if g > max_gap:
        max_gap = g
        max_gap_at = primes[i]
print("largest gap", max_gap, "after", max_gap_at)
for g in sorted(gaps)[:8]:
    print("gap", g, "occurs", gaps[g], "times")

for n in [2, 97, 360, 1001, 65537, 2 ** 32 + 1, 600851475143, 2 ** 31 - 1]:
    f = factorize(n)
    product = 1
    for x in f:
        product *= x
    print(n, "=", " * ".join([str(x) for x in f]), product == n, is_prime_trial(n) if n < 10 ** 12 else "skip")

agree = True
set_primes = {}
for p in primes:
    set_primes[p] = True
for n in range(2000):
    if is_prime_trial(n) != (n in set_primes):
        agree = False
        print("disagree at", n)
print("sieve agrees with trial division:", agree)

goldbach = []
for even in range(4, 60, 2):
    for p in primes:
        if (even - p) in set_primes:
            goldbach.append(f"{even}={p}+{even - p}")
            break
print(" ".join(goldbach))
