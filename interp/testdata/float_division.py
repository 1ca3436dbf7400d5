# Checks float true division with mixed int/float operands and signs.
print(1.0 / 3, 1 / 3.0, -1.0 / 3, 1.0 / -3)
print(7.0 / 2, 6.0 / 2.0, 0.0 / 3.0, -0.0 / 3.0)
print(1e308 / 1e-308, 1e-308 / 1e308)
print(10 / 4, 10.0 / 4, 10 / 4.0)
print(2 ** 0.5 / 2)
print(3.0 / 7.0 * 7.0)
x = 1.0
for i in range(10):
    x = x / 3.0
print(x)
for i in range(10):
    x = x * 3.0
print(x)
print(True / 2, 5 / True)
