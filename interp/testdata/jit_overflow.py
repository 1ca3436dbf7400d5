# JIT: int64 overflow in the middle of a hot loop continues exactly with big ints.
def grow(n):
    x = 1
    steps = []
    for i in range(n):
        x = x * 3 + i
        if i % 10 == 0:
            steps.append(x)
    return x, steps

x, steps = grow(120)
print(x)
print(steps[-3:])
total = 0
i = 0
while i < 5000:
    total += 9223372036854775 * i
    i += 1
print(total, total > 2 ** 63)
print(-(2 ** 63) // -1, (2 ** 62) * 2 - 1 + 1)
