# Checks f(**d) unpacking into named parameters and into **kwargs, combined with explicit keywords.
def point(x, y, z=0):
    return (x, y, z)


d = {"x": 1, "y": 2}
print(point(**d))
print(point(**{"z": 3, "y": 2, "x": 1}))
print(point(5, **{"y": 6}))
print(point(**d, z=9))
print(point(**{"x": 1}, **{"y": 2}))


def collect(**kw):
    return kw


print(collect(**{"b": 1, "a": 2}, c=3))
print(collect(a=0, **{"b": 1}))
base = {"color": "red", "size": 3}
print(collect(**base, weight=2))
