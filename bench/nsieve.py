# Nsieve: count the primes below 10000 * 2^m for m = N, N-1, N-2 with the
# sieve of Eratosthenes over a list of flags.
#
# usage: nsieve.py [N]

import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    count = 0
    for i in range(2, limit + 1):
        if flags[i]:
            count += 1
            j = i + i
            while j <= limit:
                flags[j] = False
                j += i
    return count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for k in range(3):
        m = (1 << (n - k)) * 10000
        print("Primes up to %8d %8d" % (m, sieve(m)))


main()
