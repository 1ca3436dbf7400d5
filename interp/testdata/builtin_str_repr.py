# Checks str() and repr() of every builtin value type and that str of containers uses repr of elements.
vals = [0, -5, 2 ** 80, 1.5, -0.0, 1e300, True, None, "s", "it's", [1, "a"], (1,), {"k": "v"}, range(3)]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(""), str("already"), str(str(5)))
print(str([None, "x"]) == repr([None, "x"]))
print(str(ValueError("msg")), repr(ValueError("msg")))
print(str(KeyError("k")), repr(KeyError("k")))
