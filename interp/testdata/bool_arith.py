# Checks bools behaving as ints in arithmetic, comparisons, indexing and sum.
print(True + 1, True + True, False - 1, True * 10, -True)
print(True / 2, True // 2, True % 2, True ** 5, 2 ** False)
print(True == 1, False == 0, True is True, True > False, True < 2)
print(True & False, True | False, True ^ True, ~False)
print(type(True + 1), type(True & True), type(True & 1))
print(sum([True, True, False, True]))
xs = ["a", "b"]
print(xs[True], xs[False])
print(int(True), float(False), str(True), repr(False))
print(True + 0.5, abs(True), -False)
print(1 if True else 0, [True, False])
