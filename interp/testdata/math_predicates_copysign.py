# Checks math.isnan, isinf, copysign and fabs on special and ordinary values.
import math
for x in [0.0, -0.0, 1.5, -7, float("inf"), float("-inf"), float("nan")]:
    print(repr(x), math.isnan(x), math.isinf(x), math.copysign(2, x), math.fabs(x))
print(math.isinf(10 ** 300), math.isnan(5), math.isinf(1e308 * 10))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(float("inf"), -1))
print(math.fabs(-3), math.fabs(-0.0), type(math.fabs(-3)))
