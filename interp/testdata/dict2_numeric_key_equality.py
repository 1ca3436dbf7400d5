# Checks that equal numbers hash equal (hash(51.0) == hash(51)), so 1, 1.0 and True are the same dict key.
print(hash(51.0) == hash(51), hash(True) == hash(1), hash(-2.0) == hash(-2), hash(0.5) == hash(0))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {1.5: "a", 2: "b"}
print(d2[1.5], d2[2.0], 2.0 in d2, d2.get(True))
s = {0, 0.0, False}
print(len(s), 3 in {3.0: 1})
print({10**20: "big"}[float(10**20)] if 10**20 == float(10**20) else "diff")
