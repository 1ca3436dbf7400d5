# Program: digits of e and pi with integer-only arithmetic (series with scaled big ints, Machin formula, spigot).


def e_digits(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term > 0:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


def arctan_inv(x, scale):
    total = 0
    term = scale // x
    x2 = x * x
    k = 1
    sign = 1
    while term != 0:
        total += sign * (term // k)
        term //= x2
        k += 2
        sign = -sign
    return total


def pi_machin(n):
    scale = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)


def pi_spigot(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join([str(d) for d in digits])


def sqrt2_digits(n):
    target = 2 * 10 ** (2 * n)
    lo, hi = 0, 2 * 10 ** n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= target:
            lo = mid
        else:
            hi = mid - 1
    return str(lo)


e = e_digits(100)
print("e  =", e[0] + "." + e[1:])
pi = pi_machin(100)
print("pi =", pi[0] + "." + pi[1:])
sp = pi_spigot(60)
print("spigot =", sp[0] + "." + sp[1:])
print("spigot agrees:", sp == pi[:60])
r2 = sqrt2_digits(50)
print("sqrt2 =", r2[0] + "." + r2[1:])

counts = [0] * 10
for ch in pi[1:]:
    counts[int(ch)] += 1
print("pi digit counts:", counts, sum(counts))
for i in range(0, 100, 25):
    print(f"{i + 1:>3}-{i + 25:>3}: {pi[1 + i:26 + i]}")
print("e digits at 50..60:", e[50:60])
print("pi as float:", float(pi[:17]) / 10 ** 16, "e as float:", int(e[:17]) / 10 ** 16)
position = pi.find("999999")
print("first 999999 in first 100 digits:", position)
seq = pi_machin(800)
print("Feynman point at", seq.find("999999"), len(seq))
