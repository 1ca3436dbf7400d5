# Checks inserting with empty-range slice assignment xs[i:i] = ... at the front, middle and end.
xs = [1, 5]
xs[1:1] = [2, 3, 4]
print(xs)
xs[0:0] = [0]
print(xs)
xs[len(xs):len(xs)] = [6, 7]
print(xs)
xs[3:3] = []
print(xs)
xs[100:100] = [8]
print(xs)
xs[-1:-1] = ["before-last"]
print(xs)
