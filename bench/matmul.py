# Naive matrix multiplication over lists of lists of floats, with
# matrices filled from a linear congruential generator.
#
# usage: matmul.py [N]

import sys


def random_matrix(n, seed):
    m = []
    state = seed
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append(state / 2147483648.0 - 0.5)
        m.append(row)
    return m


def multiply(a, b, n):
    c = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * n
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += ai[k] * b[k][j]
            row[j] = s
        c.append(row)
    return c


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    a = random_matrix(n, 42)
    b = random_matrix(n, 4242)
    c = multiply(a, b, n)
    trace = 0.0
    total = 0.0
    for i in range(n):
        trace += c[i][i]
        for j in range(n):
            total += c[i][j]
    print("n = %d" % n)
    print("trace = %r" % trace)
    print("sum = %.10f" % total)
    print("c[0][n-1] = %r" % c[0][n - 1])


main()
