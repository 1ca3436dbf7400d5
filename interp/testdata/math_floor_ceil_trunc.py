# Checks math.floor, ceil and trunc on positive/negative floats, ints, big values and their int result type.
import math
for x in [2.5, -2.5, 2.0, -0.5, 0.5, 1e20, -1e20, 7, -7, 2 ** 70]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(2.5)), type(math.ceil(2.5)), type(math.trunc(2.5)))
print(math.floor(1e300) == 10 ** 300, math.floor(-1e-300), math.ceil(1e-300))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print("ValueError:", e)
