# A 4-point stencil over a 50 x 50 grid of floats (lists of lists): loops
# nested in loops, the inner one 48 iterations long - the "nested loops
# over lists of floats" kernel.
#
# usage: nested_float_lists.py [N]   (about N inner iterations in all)

import sys


def run(n):
    size = 50
    grid = [[float(i * size + j) / size for j in range(size)] for i in range(size)]
    total = 0.0
    for _ in range(n // (size * size)):
        for i in range(1, size - 1):
            row = grid[i]
            up = grid[i - 1]
            down = grid[i + 1]
            for j in range(1, size - 1):
                row[j] = (up[j] + down[j] + row[j - 1] + row[j + 1]) * 0.25
        total += grid[size // 2][size // 2]
    return total


print("%.6f" % run(int(sys.argv[1]) if len(sys.argv) > 1 else 250000))
