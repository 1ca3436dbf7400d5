# Recursive Fibonacci: call overhead, small-int arithmetic and comparison.
#
# usage: fib.py [N]

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 22
    for k in range(n - 3, n + 1):
        print("fib(%d) = %d" % (k, fib(k)))


main()
