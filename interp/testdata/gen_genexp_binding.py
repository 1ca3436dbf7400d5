# Checks that a genexp's first iterable is evaluated immediately while the rest is evaluated lazily.
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [7, 8]
print(list(g))
ys = [1, 2]
g2 = (y * k for y in ys)
k = 100
print(list(g2))
zs = [1, 2]
g3 = (z for z in zs)
zs.append(3)
print(list(g3))
try:
    g4 = (n for n in 5)
except TypeError as e:
    print(type(e).__name__, e)
