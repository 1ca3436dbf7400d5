# JIT: a while-True loop left by break from compiled code, with floats and ints mixed.
x = 0.0
n = 0
while True:
    x += 0.1
    n += 1
    if x > 1000.0:
        break
print(n, x)
y = 1
k = 0
while y < 10 ** 30:
    y *= 7
    k += 1
print(k, y)
