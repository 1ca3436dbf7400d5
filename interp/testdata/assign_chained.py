# Checks chained assignment a = b = c: same object shared, evaluation order and with subscripts.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d["j"] = 0
print(d)
xs = [0, 0, 0]
i = xs[0] = 2
print(i, xs)
p, q = r = (1, 2)
print(p, q, r)
m = n = m2 = 10 ** 20
print(m, n, m2)
