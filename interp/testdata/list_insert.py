# Checks list.insert at start, middle, end, negative indices and out-of-range indices (clamped).
xs = [1, 2, 3]
xs.insert(0, "a")
print(xs)
xs.insert(2, "b")
print(xs)
xs.insert(len(xs), "end")
print(xs)
xs.insert(-1, "before-last")
print(xs)
xs.insert(-100, "far-neg")
print(xs)
xs.insert(100, "far-pos")
print(xs)
ys = []
ys.insert(5, "x")
ys.insert(-5, "y")
print(ys)
print(ys.insert(0, 0), ys)
