# Checks is / is not with None, bools, and aliased vs copied containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
d = {}
e = d
e["k"] = 1
print(d is e, d)
t = a
t.append(3)
print(a, b is t)
print(a[:] is a, a[:] == a, list(a) is a)
def ident(v):
    return v
print(ident(a) is a)
x = None
print(x is None and not (x is not None))
