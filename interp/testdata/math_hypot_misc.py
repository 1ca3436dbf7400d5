# Checks math.hypot (exact cases) and other math functions combined in a small geometry computation.
import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(0, 0), math.hypot(-3, -4), math.hypot(8, 15))
print(math.hypot(1e200, 1e200) > 1e200, math.hypot(float("inf"), float("nan")))
pts = [(0, 0), (3, 4), (6, 8), (6, 0)]
total = 0.0
for i in range(len(pts) - 1):
    x1, y1 = pts[i]
    x2, y2 = pts[i + 1]
    total += math.hypot(x2 - x1, y2 - y1)
print(total)
print(f"{math.atan2(4, 3) * 180 / math.pi:.9f}")
