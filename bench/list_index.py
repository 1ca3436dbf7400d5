# Indexing and updating a list of ints in an inner loop of 100
# iterations, with a modulo by a constant: the "list indexing" kernel.
#
# usage: list_index.py [N]   (N loop iterations in all)

import sys


def run(n):
    xs = list(range(100))
    s = 0
    for k in range(n // 100):
        for i in range(100):
            s += xs[i]
            xs[i] = (xs[i] * 7 + k) % 101
    return s


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200000))
