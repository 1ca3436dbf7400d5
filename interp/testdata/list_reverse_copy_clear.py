# Checks list.reverse (in place, returns None), list.copy (shallow) and list.clear.
xs = [1, 2, [3, 4]]
r = xs.reverse()
print(r, xs)
c = xs.copy()
c.append(5)
c[0].append(99)
print(xs, c)
print(c is xs, c[0] is xs[0])
xs.clear()
print(xs, len(xs), c)
ys = []
ys.reverse()
print(ys, ys.copy())
alias = c
c.clear()
print(alias)
