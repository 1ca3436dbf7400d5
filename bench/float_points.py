# Float points: make N points from sin/cos, normalize each in place and
# fold them with a component-wise max. Points are 3-element lists, so the
# loop is float arithmetic, builtin calls and list element access.
#
# usage: float_points.py [N]

import sys
import math


def make_point(i):
    x = math.sin(i)
    y = math.cos(i) * 3.0
    return [x, y, x * x / 2.0]


def normalize(p):
    norm = math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2])
    p[0] = p[0] / norm
    p[1] = p[1] / norm
    p[2] = p[2] / norm


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = [max(best[0], p[0]), max(best[1], p[1]), max(best[2], p[2])]
    return best


def run(n):
    points = [make_point(i) for i in range(n)]
    for p in points:
        normalize(p)
    return maximize(points)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    for _ in range(3):
        best = run(n)
    print("%.6f %.6f %.6f" % (best[0], best[1], best[2]))


main()
