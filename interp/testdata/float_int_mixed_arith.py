# Checks arithmetic mixing ints, bools and floats and the resulting types.
print(1 + 1.0, 3 - 0.5, 2 * 2.5, 7 / 2, type(1 + 1.0))
print(True + 0.5, False * 3.0, 2 ** 0.5 * 2 ** 0.5)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0)
print(2 ** 100 * 1.0, 2 ** 100 + 0.5)
print(1.5 * 10 ** 10, 10 ** 10 / 3)
x = 0
x += 0.5
print(x, type(x))
x = 3
x *= 1.0
print(x, type(x))
print(3 * 0.1, 0.1 * 3)
print(sum([1, 2.5, 3]), sum([0.1] * 10))
print(abs(-2) * 1.5, max(1, 2.0), min(1, 1.0), max(1.0, 1))
