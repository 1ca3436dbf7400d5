# itertools.islice: stop, start/stop/step, None bounds, lazy consumption of a shared iterator, and argument errors.
import itertools

print(list(itertools.islice("ABCDEFG", 2)))
print(list(itertools.islice("ABCDEFG", 2, 4)))
print(list(itertools.islice("ABCDEFG", 2, None)))
print(list(itertools.islice("ABCDEFG", 0, None, 2)))
print(list(itertools.islice(range(100), 5, 50, 10)))
print(list(itertools.islice(itertools.count(), 3, 8)))
print(list(itertools.islice([1, 2, 3], 10)))
print(list(itertools.islice([1, 2, 3], None)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 2, 5)), list(it))
it = iter(range(20))
print(list(itertools.islice(it, 1, 10, 4)), next(it))
for args in [(-1,), (1, -1), (1, 2, 0), ("a",), (-5,), (None, None, -1)]:
    try:
        itertools.islice([], *args)
    except ValueError as e:
        print("ValueError:", e)
try:
    itertools.islice([])
except TypeError as e:
    print("TypeError:", e)
