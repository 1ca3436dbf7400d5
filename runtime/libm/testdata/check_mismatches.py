#!/usr/bin/env python3
"""Independent check of libm/glibc mismatches with Python's decimal module.

Usage: LIBM_MISMATCHES=/tmp/mm.txt go test -run 'TestGlibc/phase1' .
       python3 testdata/check_mismatches.py /tmp/mm.txt

For every line "name args... glibc libm" it evaluates the function with
decimal arithmetic (120+ significant digits; series written here, not the
math/big code of the package) and reports which side is correctly rounded.
"""
import struct, sys
from collections import Counter
from decimal import Decimal as D, getcontext, localcontext

getcontext().prec = 130


def f64(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def exact(x):
    return D(x)  # Decimal(float) is exact


_pi = {}


def pi(prec):
    if prec not in _pi:
        with localcontext() as c:
            c.prec = prec + 10

            def atan_inv(n):
                x = D(1) / n
                s, t, k, n2 = x, x, 1, n * n
                while True:
                    t /= n2
                    term = t / (2 * k + 1)
                    if term == 0 or abs(term) < D(10) ** (-(prec + 8)):
                        break
                    s += -term if k % 2 else term
                    k += 1
                return s

            _pi[prec] = 16 * atan_inv(5) - 4 * atan_inv(239)
    return _pi[prec]


def sincos(r):
    s, c, t, n = D(0), D(0), D(1), 0
    while True:
        if n % 4 == 0:
            c += t
        elif n % 4 == 1:
            s += t
        elif n % 4 == 2:
            c -= t
        else:
            s -= t
        n += 1
        t = t * r / n
        if t == 0 or abs(t) < D(10) ** -140:
            return s, c


def reduce(x):
    e = abs(x).adjusted()
    prec = max(e, 0) + 200
    with localcontext() as c:
        c.prec = prec
        h = pi(prec) / 2
        q = (x / h).to_integral_value()
        r = x - q * h
    return +r, int(q) % 4


def atan(x):
    neg = x < 0
    x = abs(x)
    inv = x > 1
    if inv:
        x = 1 / x
    k = 0
    while x > D("0.01"):
        x = x / (1 + (1 + x * x).sqrt())
        k += 1
    s, t, n = x, x, 1
    while True:
        t = t * x * x
        term = t / (2 * n + 1)
        if abs(term) < D(10) ** -140:
            break
        s += -term if n % 2 else term
        n += 1
    s *= 2 ** k
    if inv:
        s = pi(140) / 2 - s
    return -s if neg else s


def ln_exact_1p(x):
    with localcontext() as c:
        c.prec = 2000
        s = 1 + x
    return s.ln()


def cbrt(x):
    neg = x < 0
    x = abs(x)
    y = D(float(x) ** (1 / 3))
    for _ in range(8):
        y = y - (y ** 3 - x) / (3 * y * y)
    return -y if neg else y


def sinh(x):
    e = x.exp()
    return (e - 1 / e) / 2


def exact_pow(b, y):
    """x**y as an exact Fraction when y is a small integer or half-integer
    and the result is rational (the cases that can be exact or midpoints)."""
    from fractions import Fraction
    from math import isqrt
    if abs(y) > 64 or (2 * y) != (2 * y).to_integral_value():
        return None
    fb = Fraction(b)
    if y != y.to_integral_value():
        if fb < 0:
            return None
        n, d = fb.numerator, fb.denominator
        rn, rd = isqrt(n), isqrt(d)
        if rn * rn != n or rd * rd != d:
            return None
        fb, y = Fraction(rn, rd), 2 * y
    return FractionResult(fb ** int(y))


class FractionResult:
    def __init__(self, q):
        self.q = q

    def __float__(self):
        return self.q.numerator / self.q.denominator  # correctly rounded


def f(name, a):
    x = a[0]
    if name == "exp": return x.exp()
    if name == "expm1": return x.exp() - 1
    if name == "log": return x.ln()
    if name == "log2": return x.ln() / D(2).ln()
    if name == "log10": return x.ln() / D(10).ln()
    if name == "log1p": return ln_exact_1p(x)
    if name in ("sin", "cos", "tan"):
        r, q = reduce(x)
        s, c = sincos(r)
        s, c = [(s, c), (c, -s), (-s, -c), (-c, s)][q]
        return {"sin": s, "cos": c, "tan": s / c}[name]
    if name == "atan": return atan(x)
    if name == "asin": return atan(x / (1 - x * x).sqrt())
    if name == "acos":
        return pi(140) / 2 - atan(x / (1 - x * x).sqrt())
    if name == "atan2":
        y, xx = a
        t = atan(y / xx)
        if xx < 0:
            t += pi(140) if y >= 0 else -pi(140)
        return t
    if name == "sinh": return sinh(x)
    if name == "cosh":
        e = x.exp()
        return (e + 1 / e) / 2
    if name == "tanh":
        e = (2 * x).exp()
        return (e - 1) / (e + 1)
    if name == "asinh":
        ax = abs(x)
        r = (ax + (ax * ax + 1).sqrt()).ln()
        return -r if x < 0 else r
    if name == "acosh": return (x + (x * x - 1).sqrt()).ln()
    if name == "atanh": return ((1 + x) / (1 - x)).ln() / 2
    if name == "cbrt": return cbrt(x)
    if name == "pow":
        b, y = a
        e = exact_pow(b, y)
        if e is not None:
            return e
        r = (y * abs(b).ln()).exp()
        if b < 0 and int(y) % 2 == 1:
            r = -r
        return r
    raise ValueError(name)


def main():
    tally = Counter()
    for line in open(sys.argv[1]):
        parts = line.split()
        name, hexes = parts[0], parts[1:]
        args = [exact(f64(h)) for h in hexes[:-2]]
        glibc, ours = f64(hexes[-2]), f64(hexes[-1])
        v = float(f(name, args))
        if v == ours and v != glibc:
            tally[(name, "libm correctly rounded")] += 1
        elif v == glibc and v != ours:
            tally[(name, "GLIBC correctly rounded")] += 1
            print("libm wrong?", line.strip(), v)
        else:
            tally[(name, "neither")] += 1
            print("neither:", line.strip(), v)
    for k in sorted(tally):
        print("%-6s %-24s %d" % (k[0], k[1], tally[k]))


if __name__ == "__main__":
    main()
