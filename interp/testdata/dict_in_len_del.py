# Checks in / not in on dict keys, len after inserts and deletes, and del d[k] with KeyError.
d = {"a": 1, "b": 2, "c": 3}
print("a" in d, 1 in d, "z" not in d, len(d))
del d["b"]
print(d, len(d), "b" in d)
d["b"] = 20
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
for k in ["a", "b", "c"]:
    del d[k]
print(d, len(d), bool(d))
