# Checks & | ^ ~ on negative ints using infinite two's complement semantics.
vals = [0, 1, -1, 5, -5, 12, -12]
for a in vals:
    print(a, ~a, a & 6, a | 6, a ^ 6, a & -6, a | -6, a ^ -6)
print(-1 & 0xFF, -256 & 0xFF, -257 & 0xFF)
print(~0, ~-1, ~~7)
print(-8 >> 1, -7 >> 1, -1 >> 10, -1 << 3)
print(-(2 ** 63) & -1, -(2 ** 63) | 0)
