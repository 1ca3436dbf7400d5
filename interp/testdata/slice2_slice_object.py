# Checks slice objects: slice(stop), slice(start, stop, step), their attributes, repr and use as subscripts.
s = slice(1, 7, 2)
print(s, s.start, s.stop, s.step)
xs = list(range(10))
print(xs[s], "abcdefgh"[s], xs[slice(3)], xs[slice(-3, None)])
rev = slice(None, None, -1)
print(xs[rev], (1, 2, 3)[rev])
xs[slice(0, 2)] = ["a"]
print(xs)
del xs[slice(0, 5, 2)]
print(xs)
print(slice(2) == slice(None, 2, None), s.indices(4))
