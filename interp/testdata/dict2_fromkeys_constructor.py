# Checks dict construction: dict() from pairs, zip, keywords, another dict, and dict.fromkeys with shared default.
print(dict([("a", 1), ("b", 2)]))
print(dict(zip(["x", "y"], [10, 20])))
print(dict(a=1, b=2), dict({"k": 0}, extra=1), dict())
fk = dict.fromkeys(["p", "q"], [])
fk["p"].append(1)
print(fk)
print(dict.fromkeys(range(3)), dict.fromkeys("aba", 0))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
