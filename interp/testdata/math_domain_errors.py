# Checks ValueError('math domain error') and OverflowError('math range error') from math functions, caught.
import math
for name in ["sqrt", "log", "log2", "log10", "log base one"]:
    try:
        if name == "sqrt":
            math.sqrt(-1)
        elif name == "log":
            math.log(0)
        elif name == "log2":
            math.log2(-2)
        elif name == "log10":
            math.log10(0.0)
        else:
            math.log(10, 1)
    except ValueError as e:
        print(name, "ValueError:", e)
    except ZeroDivisionError as e:
        print(name, "ZeroDivisionError:", e)
try:
    math.exp(710)
except OverflowError as e:
    print("OverflowError:", e)
print(math.exp(709) > 1e307)
