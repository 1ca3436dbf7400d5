# Checks dict.update with a dict, an iterable of pairs, keyword arguments and combinations; existing keys keep position.
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 10)])
print(d)
d.update(e=5, b=200)
print(d)
d.update({"f": 6}, g=7)
print(d)
d.update()
print(d, len(d))
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
