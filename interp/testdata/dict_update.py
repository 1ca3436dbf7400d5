# Checks dict.update from dicts, lists of pairs and keyword args, overwrite order, and copy semantics.
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 100)])
print(d)
d.update(e=5, a=0)
print(d)
d.update({})
print(d, d.update({"z": 26}))
e = dict(d)
e["a"] = "changed"
print(d["a"], e["a"])
try:
    d.update([1, 2])
except TypeError as err:
    print("TypeError:", err)
