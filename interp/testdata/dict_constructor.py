# Checks dict() from pairs, tuples of pairs, other dicts, keyword arguments and combinations.
print(dict())
print(dict([("a", 1), ("b", 2)]))
print(dict((("x", 1), ["y", 2])))
print(dict(a=1, b="two"))
print(dict([("a", 1)], b=2, a=3))
src = {"k": [1]}
cp = dict(src)
cp["k2"] = 2
print(src, cp, cp["k"] is src["k"])
print(dict(zip(["p", "q"], [1, 2])))
print(dict(enumerate("ab")))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
