# Checks del with slices: contiguous ranges, negative bounds, steps and the whole list.
xs = list(range(10))
del xs[2:4]
print(xs)
del xs[-3:]
print(xs)
del xs[::2]
print(xs)
ys = list(range(10))
del ys[1::3]
print(ys)
del ys[::-2]
print(ys)
del ys[5:100]
print(ys)
del ys[:]
print(ys)
zs = [1, 2, 3]
del zs[2:1]
print(zs)
