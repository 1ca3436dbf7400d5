# Checks assignment to subscripts and slices of lists and dicts, including nested subscripts.
xs = [0, 1, 2, 3, 4]
xs[0] = "a"
xs[-1] = "e"
xs[1:3] = ["b", "c", "extra"]
print(xs)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0] = [9, 9, 9]
print(grid)
d = {"list": [1, 2], "dict": {}}
d["list"][0] = 100
d["dict"]["new"] = "v"
d["added"] = ()
print(d)
t = ([1], [2])
t[0][0] = "mut"
print(t)
i = 0
ys = [10, 20, 30]
i, ys[i] = 1, 99
print(i, ys)
