# Checks list + and * (including zero/negative counts), aliasing in repeated nested lists.
a = [1, 2]
b = [3]
print(a + b, b + a, a + [], [] + [])
print(a * 3, 2 * b, a * 0, a * -1)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for i in range(2)]
grid2[0][0] = 1
print(grid2)
c = a + b
c.append(4)
print(a, b, c)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
