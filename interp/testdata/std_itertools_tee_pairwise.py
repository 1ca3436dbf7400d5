# itertools.tee gives independent iterators over one source; pairwise yields overlapping pairs.
import itertools

a, b = itertools.tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = itertools.tee(iter("abc"), 3)
print(list(x), list(y), list(z))
print(itertools.tee([1], 0))
src = iter(range(5))
p, q = itertools.tee(src)
print(next(p), next(src), list(q), list(p))
print(list(itertools.pairwise("ABCDE")))
print(list(itertools.pairwise([1])), list(itertools.pairwise([])))
print([b - a for a, b in itertools.pairwise([1, 4, 9, 16, 25])])
try:
    itertools.tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
