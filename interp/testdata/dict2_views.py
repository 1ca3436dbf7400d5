# Checks keys()/values()/items() views: insertion order, live updates, len, membership and conversion.
d = {"one": 1, "two": 2}
k = d.keys()
v = d.values()
it = d.items()
print(list(k), list(v), list(it))
d["three"] = 3
print(list(k), list(v), len(it), ("two", 2) in it, "one" in k, 3 in v)
del d["one"]
print(list(k), sorted(v), list(it))
for key, val in d.items():
    print(key, "->", val)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k == {"two", "three"}, sorted(k & {"two", "x"}), sorted(k | {"z"}))
