# Checks __getitem__/__setitem__/__delitem__ on a user container, with int, tuple and str keys.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __getitem__(self, pos):
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("out of grid: " + str(pos))
        self.cells[pos] = v

    def __delitem__(self, pos):
        del self.cells[pos]

    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))


g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
g[(2, 1)] = "*"
print(g.render())
del g[1, 1]
print(g[1, 1], g[2, 1], len(g.cells))
try:
    g[9, 9] = "x"
except IndexError as e:
    print(type(e).__name__, e)
g[0, 0] += "!"
print(g[0, 0])
