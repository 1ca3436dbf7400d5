# Checks range repr/str, slicing a range (result is a range), and equality of ranges.
print(range(10), range(2, 5), range(0, 10, 2), range(5, -5, -1))
print(repr(range(0)), str(range(1, 2)))
print(range(10)[::2], range(10)[1:5], range(10)[::-1], range(10)[-3:])
print(range(0, 20, 3)[2:5], range(0, 20, 3)[::-2])
print(list(range(10)[::2]), list(range(10)[::-3]))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 4, 2) == range(0, 3, 2))
print(type(range(3)), type(range(10)[1:]))
