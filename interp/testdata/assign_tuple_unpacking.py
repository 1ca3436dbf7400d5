# Checks tuple unpacking assignment including swaps, fibonacci-style updates and unpacking from lists/strings.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, b = b, a + b
print(a, b)
x, y, z = [7, 8, 9]
print(x, y, z)
p, q = "hi"
print(p, q)
(m, n) = (3, 4)
[r, s] = (5, 6)
print(m, n, r, s)
fa, fb = 0, 1
for i in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
k, v = ("key", [1, 2])
v.append(3)
print(k, v)
d = {"a": 1}
for key, val in d.items():
    print(key, val)
