# Checks del on list items by positive/negative index and slices, and the IndexError when out of range.
xs = list(range(8))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
try:
    del xs[10]
except IndexError as e:
    print("IndexError:", e)
del xs[:]
print(xs)
