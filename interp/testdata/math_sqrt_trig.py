# Checks math.sqrt (exact) and sin/cos/tan/atan/atan2 (printed to 12 decimals to avoid last-ulp libm differences).
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0), math.sqrt(-0.0), math.sqrt(1e308))
print(math.sqrt(2 ** 100), math.sqrt(10), math.sqrt(True))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(0), math.atan2(0, 1))
for x in [0.5, 1.0, 2.0, -1.25, math.pi / 6, math.pi / 4, math.pi / 3]:
    print(f"{x:.4f} {math.sin(x):.12f} {math.cos(x):.12f} {math.tan(x):.12f} {math.atan(x):.12f}")
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (1, 0), (-0.0, -1)]:
    print(y, x, f"{math.atan2(y, x):.12f}")
print(f"{math.sin(math.pi):.12f} {math.cos(math.pi):.12f}")
