# Checks dict.pop (with default, KeyError without) and popitem (LIFO order, KeyError when empty).
d = {"x": 1, "y": 2, "z": 3}
print(d.pop("y"), d)
print(d.pop("nope", "default"), d.pop("nope", None))
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
d["w"] = 4
print(d.popitem(), d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
