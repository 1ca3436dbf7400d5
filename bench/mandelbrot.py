# Mandelbrot: iterate z = z^2 + c over an N x N grid of [-1.5, 0.5] x
# [-1, 1], pack membership bits into bytes as the PBM output would, and
# print a checksum of the bytes instead of the image.
#
# usage: mandelbrot.py [N]

import sys

MAX_ITER = 50


def row_bytes(y, n):
    ci = 2.0 * y / n - 1.0
    out = []
    byte = 0
    bits = 0
    for x in range(n):
        cr = 2.0 * x / n - 1.5
        zr = 0.0
        zi = 0.0
        inside = 1
        for _ in range(MAX_ITER):
            tr = zr * zr - zi * zi + cr
            zi = 2.0 * zr * zi + ci
            zr = tr
            if zr * zr + zi * zi > 4.0:
                inside = 0
                break
        byte = (byte << 1) | inside
        bits += 1
        if bits == 8:
            out.append(byte)
            byte = 0
            bits = 0
    if bits > 0:
        out.append(byte << (8 - bits))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    checksum = 0
    points = 0
    for y in range(n):
        for b in row_bytes(y, n):
            checksum = (checksum * 31 + b) % 1000000007
            while b:
                points += b & 1
                b >>= 1
    print("P4 %d %d" % (n, n))
    print("points inside: %d" % points)
    print("checksum: %d" % checksum)


main()
