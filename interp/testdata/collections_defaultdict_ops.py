# Checks dict methods, operators and views on defaultdicts.
from collections import defaultdict

d = defaultdict(list, {"a": [1], "b": [2]})
print(d.keys(), d.values(), d.items())
print(list(d), list(reversed(d)))
d.update({"c": [3]}, e=[5])
print(d)
print(d.pop("e"), d.setdefault("f", [6]), d.setdefault("a", None))
print(d.popitem(), d)
del d["c"]
print(d, len(d), "a" in d, "f" in d)

m = d | {"x": [9]}
print(type(m).__name__, m, m.default_factory)
m2 = {"y": [8]} | d
print(type(m2).__name__, m2)
d |= {"z": [7]}
print(type(d).__name__, d)
d |= [("w", [0])]
print(d)

f = defaultdict.fromkeys("abc", 0)
print(f, f.default_factory)
e = defaultdict(int)
print(e == {}, e != {}, {} == e, bool(e))
e["k"]
print(bool(e), e == {"k": 0})
print(sorted(defaultdict(int, {3: "c", 1: "a", 2: "b"}).items()))
copied = dict(d)
print(type(copied).__name__, copied)
print({**d, "extra": 1})
d.clear()
print(d, d.default_factory)
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)
try:
    d.attribute = 1
except AttributeError as e:
    print("AttributeError", e)
