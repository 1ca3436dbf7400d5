# itertools.starmap, takewhile, dropwhile, filterfalse and compress.
import itertools

print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(bool, [])), list(itertools.dropwhile(bool, [0, 0])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", [], [0]])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress(range(10), itertools.cycle([True, False]))))
print(list(itertools.compress("AB", [1, 1, 1, 1])))
it = iter([1, 2, 10, 3])
print(list(itertools.takewhile(lambda x: x < 5, it)), list(it))
try:
    list(itertools.starmap(pow, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    itertools.takewhile(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
