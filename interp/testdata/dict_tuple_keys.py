# Checks tuples (including nested and mixed) as dict keys, lookups by equal tuples and unhashable keys.
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
print(grid[(2, 1)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
d = {(1, (2, 3)): "nested", ("a", 1.5): "mixed", (): "empty"}
print(d[(1, (2, 3))], d["a", 1.5], d[()])
print(d)
try:
    d[([1], 2)] = 0
except TypeError as e:
    print("TypeError:", e)
