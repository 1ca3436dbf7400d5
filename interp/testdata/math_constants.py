# Checks math constants pi, e, inf, nan and their reprs.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.pi * 2, math.e ** 2 > 7, math.inf > 10 ** 400)
print(type(math.pi), math.isnan(math.nan), math.nan == math.nan)
print(f"{math.pi:.20f}", f"{math.e:.5f}")
print(round(math.pi, 4), round(math.e, 3), int(math.pi * 1000))
