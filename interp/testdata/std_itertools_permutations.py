# itertools.permutations: full and r-length permutations in lexicographic index order, r larger than the pool, r=0.
import itertools

print(list(itertools.permutations([1, 2, 3])))
print(["".join(p) for p in itertools.permutations("abcd", 2)])
print(list(itertools.permutations("ab", 3)))
print(list(itertools.permutations("ab", 0)))
print(list(itertools.permutations([])))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.permutations(range(7), 3))))
p = list(itertools.permutations(range(5)))
print(p[0], p[59], p[-1], p == sorted(p))
for bad in [lambda: itertools.permutations([1], -1), lambda: itertools.permutations([1], 1.5),
            lambda: itertools.permutations()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
