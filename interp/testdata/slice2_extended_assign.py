# Checks assignment to extended slices (step != 1), including negative steps and equal-length replacement.
xs = list(range(10))
xs[::2] = ["e"] * 5
print(xs)
xs[1::2] = [v * 10 for v in range(5)]
print(xs)
ys = [0] * 6
ys[::-2] = [1, 2, 3]
print(ys)
ys[4:0:-3] = "ab"
print(ys)
zs = list(range(5))
zs[::-1] = zs
print(zs)
ws = [1, 2, 3]
ws[::1] = [7]
print(ws)
