# Pidigits: the first N decimal digits of pi with an unbounded spigot
# (a linear fractional transformation kept as big integers).
#
# usage: pidigits.py [N]

import sys


def digits(n):
    out = []
    q, r, t = 1, 0, 1
    k = 0
    while len(out) < n:
        k += 1
        # compose with the k-th term of the series: (k, 4k+2, 0, 2k+1)
        l = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * l, t * l
        if q > r:
            continue
        d = (3 * q + r) // t
        if d != (4 * q + r) // t:
            continue
        out.append(d)
        q, r = 10 * q, 10 * (r - d * t)
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    ds = digits(n)
    for i in range(0, n, 10):
        chunk = "".join([str(d) for d in ds[i:i + 10]])
        print("%-10s\t:%d" % (chunk, min(i + 10, n)))


main()
