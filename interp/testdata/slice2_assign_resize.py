# Checks list slice assignment that grows, shrinks or replaces a range, with lists, tuples, strings and ranges on the right.
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c", "d"]
print(xs)
xs[2:6] = []
print(xs)
xs[:] = range(4)
print(xs)
xs[1:2] = "xyz"
print(xs)
xs[len(xs):] = (9, 9)
print(xs)
xs[:0] = [-1]
print(xs)
xs[-2:] = [100]
print(xs, len(xs))
alias = xs
xs[:] = []
print(alias, alias is xs)
