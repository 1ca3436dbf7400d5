# Checks frozenset: hashable (dict keys, set members), immutable, operators returning frozenset, equality with set.
f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | g).__name__, type(f | {9}).__name__, type({9} | f).__name__)
d = {frozenset([1, 2]): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
nested = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(nested), frozenset([3, 2]) in nested)
print(f == {1, 2, 3}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hasattr(f, "add"), f.union([7]), f.issuperset([1]))
