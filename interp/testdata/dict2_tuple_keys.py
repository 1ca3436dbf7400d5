# Checks tuples (including nested tuples) as dict keys: sparse grids, memo tables and lookups with fresh tuples.
grid = {}
for x in range(3):
    for y in range(3):
        if (x + y) % 2 == 0:
            grid[(x, y)] = x * 10 + y
print(grid)
print(grid[1, 1], grid.get((0, 1), "-"), (2, 2) in grid)
memo = {}


def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    if r == 0 or c == 0:
        return 1
    memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]


print(paths(8, 8), len(memo))
nested = {((1, 2), "a"): "deep"}
print(nested[((1, 2), "a")], sorted({(2, "b"): 1, (1, "z"): 2}))
