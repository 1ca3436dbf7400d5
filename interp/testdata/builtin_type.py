# Checks printing type(x) for every builtin value type, including exceptions, functions and modules.
import math
def f():
    pass
vals = [1, 2 ** 100, 1.5, True, None, "s", [1], (1,), {}, range(2), ValueError("x"), KeyError(), len, f, math]
for v in vals:
    print(type(v))
print(type(type(1)))
