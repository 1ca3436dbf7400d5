# Checks printing sets of small ints (CPython's hash order for small non-negative ints), set() and frozenset() reprs.
print({3, 1, 2})
print({10, 1, 100})
print({5, 3, 3, 1, 5})
print(set([7, 0, 4]), set(), frozenset(), frozenset({2, 1}))
print(set(range(5)), len({1, 1, 1}))
print({1, 2} | {3, 4}, {6, 1, 4})
print(type({1}).__name__, type(frozenset()).__name__, type({}).__name__)
print(repr({9}), str({0}))
