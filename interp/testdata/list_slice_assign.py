# Checks slice assignment: growing, shrinking, inserting, extended slices and their length errors.
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[1:4] = []
print(xs)
xs[2:2] = [9, 9]
print(xs)
xs[:] = [7, 8]
print(xs)
xs[len(xs):] = [1, 2, 3]
print(xs)
xs[:0] = ["front"]
print(xs)
ys = list(range(10))
ys[::2] = ["e", "e", "e", "e", "e"]
print(ys)
ys[::-3] = [0, 0, 0, 0]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
zs = [1, 2, 3]
zs[1:2] = "xy"
print(zs)
zs[-1:] = (4, 5)
print(zs)
zs[10:20] = [6]
print(zs)
del zs[1:3]
print(zs)
del zs[::2]
print(zs)
