# Checks an uncaught KeyError with a tuple key, printed as KeyError: (1, 2).
grid = {(0, 0): "origin"}
print(grid[(0, 0)])
print(grid[(1, 2)])
