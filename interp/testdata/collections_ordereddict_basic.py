# Checks OrderedDict: repr, move_to_end, popitem(last=...), order-sensitive equality.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
print(repr(od), OrderedDict(), type(od).__name__)
print(isinstance(od, dict), list(od), list(od.values()))

od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
od.move_to_end("c", False)
print(od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)

print(od.popitem())
print(od.popitem(last=False))
print(od)
od.update([("x", 10), ("y", 20)])
print(od.popitem(False), od.popitem(True), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

a = OrderedDict([("one", 1), ("two", 2)])
b = OrderedDict([("two", 2), ("one", 1)])
print(a == b, a != b, dict(a) == dict(b))
print(a == {"two": 2, "one": 1}, {"two": 2, "one": 1} == a)
b.move_to_end("two")
print(a == b, a != b)

od = OrderedDict(z=26, y=25)
od["y"] = 0
print(od)
del od["z"]
od["z"] = 1
print(od)
print(OrderedDict({"k": [1, 2], "j": (3,)}))
print(OrderedDict([(1, "a"), (2, OrderedDict([(3, "c")]))]))
