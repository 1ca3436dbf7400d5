# Checks that equal numeric keys (1, 1.0, True) are the same dict key and the first inserted key object is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
print(d[1] is d[1.0], d[True])
e = {1.0: "a"}
e[1] = "b"
print(e)
f = {0: "zero", False: "false", 0.0: "f0", -0.0: "neg"}
print(f)
g = {2 ** 64: "big", 2.0 ** 64: "bigf", 0.5: "half"}
print(g, g[18446744073709551616])
print(1 in {1.0: 0}, 1.5 in {1: 0}, True in {1: 0})
