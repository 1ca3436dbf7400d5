# itertools.groupby: consecutive groups, key functions, and groups invalidated when the outer iterator advances.
import itertools

print([(k, list(g)) for k, g in itertools.groupby("AAAABBBCCDAABBB")])
print([k for k, g in itertools.groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in itertools.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
print([(k, list(g)) for k, g in itertools.groupby(sorted(words, key=len), len)])
groups = []
for k, g in itertools.groupby("aabbc"):
    groups.append(g)
print([list(g) for g in groups])
gb = itertools.groupby([1, 1, 2])
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print(k2, list(g), list(g2))
print(list(itertools.groupby([])))
print([(k, list(g)) for k, g in itertools.groupby([1, 1.0, True, 2])])
