# Checks dict.pop (with/without default, KeyError) and dict.setdefault (insert vs existing).
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("a", 100), d)
print(d.setdefault("new", []), d)
d.setdefault("new", []).append(1)
d.setdefault("lst", []).append(2)
print(d)
print(d.setdefault("none"), d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
