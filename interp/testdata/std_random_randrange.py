# random.randrange and randint: steps, negative ranges, big ints, exact rejection sampling, and CPython's error messages.
import random

random.seed(2024)
print([random.randrange(7) for _ in range(15)])
print([random.randrange(-3, 3) for _ in range(15)])
print([random.randrange(0, 100, 10) for _ in range(10)])
print([random.randrange(10, 0, -2) for _ in range(10)])
print([random.randint(1, 1) for _ in range(3)])
print([random.randint(-10**20, 10**20) for _ in range(3)])
print(random.randrange(2**64), random.randrange(2**64 + 1), random.randrange(2**200))
print([random.randrange(1, 2**63 - 1, 2**40) for _ in range(3)])
print(random.randrange(start=5, stop=10), random.randint(a=3, b=4))
for args in [(0,), (-5,), (1, 1), (5, 2), (1, 5, 0), (1, 5, -1)]:
    try:
        print(random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(1,), (1, 2, 3), (3, 1)]:
    try:
        print(random.randint(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
