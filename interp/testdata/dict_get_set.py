# Checks dict item get/set: insert, overwrite, KeyError, nested dicts and values of every type.
d = {}
d["a"] = 1
d["b"] = 2
d["a"] = 10
print(d, d["a"], d["b"])
d[3] = [1]
d[3].append(2)
print(d)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    print(d[(1, 2)])
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
nested = {"outer": {"inner": {"deep": 42}}}
print(nested["outer"]["inner"]["deep"])
