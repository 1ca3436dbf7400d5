# Checks from math import name, import math with attribute access, and both forms referring to the same function.
from math import sqrt
from math import pi, floor
import math
print(sqrt(49), floor(pi), pi)
print(sqrt is math.sqrt, math.floor(-pi))
def circle_area(r):
    return pi * r * r
print(f"{circle_area(2):.6f}")
print(sqrt(2) * sqrt(2) == 2, round(sqrt(2) * sqrt(2), 12))
