# Checks list slicing with steps, negative steps, omitted and out-of-range bounds; slices are copies.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::2], xs[1::3])
print(xs[::-1], xs[::-3], xs[8:2:-2], xs[2:8:-1])
print(xs[-3:], xs[:-7], xs[-2:-6:-1])
print(xs[100:], xs[-100:2], xs[5:100:2], xs[100:0:-4])
ys = xs[:]
ys[0] = "changed"
print(xs[0], ys[0])
print(xs[3:3], xs[5:1])
try:
    xs[::0]
except ValueError as e:
    print("ValueError:", e)
