# itertools.count and repeat: start/step (ints, floats, big ints), times, and their reprs as they advance.
import itertools

c = itertools.count()
print([next(c) for _ in range(5)], repr(c))
c = itertools.count(10, 5)
print([next(c) for _ in range(4)], repr(c))
c = itertools.count(start=-3, step=-2)
print([next(c) for _ in range(4)], repr(c))
c = itertools.count(0.5, 0.25)
print([next(c) for _ in range(5)], repr(c))
c = itertools.count(2**63 - 2)
print([next(c) for _ in range(4)], repr(c))
c = itertools.count(1, True)
print(next(c), repr(c))
print(list(zip("abc", itertools.count(1))))
r = itertools.repeat("x", 3)
print(repr(r), list(r), repr(r))
r = itertools.repeat(7)
print(repr(r), [next(r) for _ in range(3)])
print(list(itertools.repeat(1, -5)), list(itertools.repeat(None, times=2)))
print(list(map(pow, range(5), itertools.repeat(2))))
for bad in [lambda: itertools.count("a"), lambda: itertools.count(1, "b"), lambda: itertools.repeat(),
            lambda: itertools.repeat(1, 2.5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
