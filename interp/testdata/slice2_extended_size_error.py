# Checks the ValueError for assigning a sequence of the wrong size to an extended slice.
xs = list(range(6))
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs[::-1] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs[1:5:3] = "abc"
except ValueError as e:
    print(type(e).__name__, e)
print(xs)
try:
    xs[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
