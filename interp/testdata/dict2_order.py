# Checks insertion order: overwrite keeps position, delete + reinsert moves to end, iteration follows order.
d = {}
for k in ["c", "a", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 99
print(d)
del d["c"]
d["c"] = 0
print(d)
d.pop("a")
d["a"] = 1
print(list(d.items()))
print({3: "x", 1: "y", 2: "z"}, dict.fromkeys("hello"))
