# Checks nested unpacking targets: (a, b), c = ..., in for loops and with lists of tuples.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, z) = "p", "qr"
print(x, y, z)
[(i, j), [k, l]] = [(1, 2), [3, 4]]
print(i, j, k, l)
for (n, (s, t)) in [(1, ("a", "b")), (2, ("c", "d"))]:
    print(n, s, t)
for idx, (key, val) in enumerate([("x", 10), ("y", 20)]):
    print(idx, key, val)
((a, b), (c, d)), e = ((1, 2), (3, 4)), 5
print(a, b, c, d, e)
