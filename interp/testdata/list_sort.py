# Checks list.sort on ints, floats, big ints, strings and tuples; in-place with None result.
xs = [5, 2, 9, 1, 5, 6, -3, 0]
print(xs.sort(), xs)
fs = [2.5, -1.0, 3, 0.0, 1e-3]
fs.sort()
print(fs)
ss = ["pear", "Apple", "fig", "apple", ""]
ss.sort()
print(ss)
ts = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
ts.sort()
print(ts)
big = [2 ** 70, -(2 ** 70), 5, 2 ** 64]
big.sort()
print(big)
empty = []
empty.sort()
print(empty)
