# Checks list literals and their repr: empty, nested, mixed types, trailing commas, strings inside.
print([])
print([1, 2, 3], [1,], [[]], [[1, [2, [3]]]])
print([1, "a", 2.5, None, True, (1,), {"k": [1]}])
print(["it's", 'q"', "\n"])
xs = [
    1,
    2,
]
print(xs, len(xs), type(xs))
print(str([1, 2]), repr([1, 2]))
print([-0.0, 1e16, 0.1])
