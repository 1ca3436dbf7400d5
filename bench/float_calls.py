# Float arithmetic through a small function the JIT inlines, with
# math.sqrt: the "float arithmetic with inlined calls" kernel.
#
# usage: float_calls.py [N]

import sys
import math


def step(x, y):
    return x * 0.5 + y * 1.5 - math.sqrt(x * x + 1.0)


def run(n):
    acc = 0.0
    x = 0.25
    for i in range(n):
        acc += step(x, acc * 1e-9)
        x += 0.001
    return acc


print("%.6f" % run(int(sys.argv[1]) if len(sys.argv) > 1 else 200000))
