# itertools.combinations and combinations_with_replacement: order, r edge cases and errors.
import itertools

print(list(itertools.combinations("ABCD", 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations([1, 2], 3)), list(itertools.combinations([1, 2], 0)))
print(list(itertools.combinations_with_replacement("ABC", 2)))
print(list(itertools.combinations_with_replacement([1, 2], 3)))
print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)))
print(len(list(itertools.combinations(range(20), 4))))
print(sum(1 for _ in itertools.combinations_with_replacement(range(6), 4)))
for bad in [lambda: itertools.combinations([1]), lambda: itertools.combinations([1], -1),
            lambda: itertools.combinations_with_replacement("ab", -2), lambda: itertools.combinations("ab", "2")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
