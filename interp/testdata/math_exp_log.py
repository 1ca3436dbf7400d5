# Checks math.exp, log (natural and with base), log2, log10 with exact cases in full and others to 12 significant digits.
import math
print(math.exp(0), math.log(1), math.log2(8), math.log2(1024), math.log10(1000), math.log10(1e-5))
print(math.log(8, 2), math.log(100, 10), math.log2(2 ** 100), math.log10(10 ** 50), math.log(math.e))
for x in [0.5, 1.5, 2.0, 10.0, 123.456]:
    print(f"{math.exp(x):.12g} {math.log(x):.12g} {math.log2(x):.12g} {math.log10(x):.12g}")
print(f"{math.log(2 ** 1000):.10f} {math.log10(10 ** 400):.6f} {math.log(27, 3):.12f}")
print(math.exp(-1000), math.exp(float("-inf")), math.exp(float("inf")))
for bad in [0, -1, -0.5]:
    try:
        math.log(bad)
    except ValueError as e:
        print("ValueError:", e)
