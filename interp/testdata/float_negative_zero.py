# Checks signed zero: repr, arithmetic producing -0.0, equality with 0.0 and sign via copysign.
import math
z = -0.0
print(z, 0.0, -z, +z)
print(z == 0.0, z < 0.0, z is not None)
print(0.0 * -1, -1 * 0.0, 0.0 / -5, -0.0 + 0.0, -0.0 - 0.0, -0.0 + -0.0)
print(math.copysign(1, z), math.copysign(1, 0.0))
print(round(-0.4), round(-0.4, 0), round(-0.0))
print(int(-0.0), abs(-0.0), str(-0.0), repr(-0.0))
print(-0.0 // 1, 0.0 // -1, -1.0 % 1.0, 1.0 % -1.0)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))
print(float("-0"), float("-0.0"))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(f"{-0.0:.2f}", "%.1f" % -0.0)
