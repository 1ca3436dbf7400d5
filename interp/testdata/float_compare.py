# Checks float comparisons, chained comparisons with floats, equality with ints, nan in containers.
a = 0.1 + 0.2
print(a == 0.3, a > 0.3, abs(a - 0.3) < 1e-15)
print(1.0 < 1.0000000000000002, 1.0 == 1.0000000000000001)
print(-1.5 < -1.25 < 0 < 1e-300 < 1)
print(1.0 == 1, 2.5 != 2, 3.0 >= 3, -0.0 <= 0)
nan = float("nan")
xs = [1.0, nan]
print(nan in xs, 1 in xs, xs == xs, [nan] == [nan])
print(xs.count(nan), xs.index(nan))
print(sorted([3.5, -1.0, 2, 0.0, 1e-9]))
print(max([0.5, 0.25, 0.75]), min(3, 2.5, 2.75))
