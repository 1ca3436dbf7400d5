# Loop of x += 1: the smallest possible hot loop, in a for loop over a
# range and in a while loop with a counter, at module and function level.
#
# usage: loop_add.py [N]

import sys


def for_loop(n):
    x = 0
    for _ in range(n):
        x += 1
    return x


def while_loop(n):
    x = 0
    i = 0
    while i < n:
        x += 1
        i += 1
    return x


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print(for_loop(n))
print(while_loop(n))
total = 0
for i in range(n):
    total += i
print(total)
