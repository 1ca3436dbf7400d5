# Checks in-place set operators |= &= -= ^= mutate the same set object (aliases see the change).
s = {1, 2, 3}
alias = s
s |= {4, 5}
print(s, alias is s)
s &= {1, 2, 3, 4, 50}
print(s)
s -= {1}
print(s)
s ^= {3, 9}
print(sorted(s), alias is s)
f = frozenset([1, 2])
g = f
f |= {3}
print(sorted(f), sorted(g), f is g, type(f).__name__)
