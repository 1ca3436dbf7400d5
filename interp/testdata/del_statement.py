# Checks del on names (then NameError), list items, dict items, slices and multiple targets.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
xs = [1, 2, 3, 4]
d = {"a": 1, "b": 2, "c": 3}
del xs[1], d["b"]
print(xs, d)
a = b = 1
del a, b
try:
    print(b)
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
y = [0]
del y[0]
print(y)
y = "rebound"
print(y)
