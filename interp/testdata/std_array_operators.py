# array.array + array (same typecode), * n, += array and *= n, with CPython's TypeErrors for mismatches.
from array import array

a = array("i", [1, 2])
print(a + array("i", [3]), a * 2, 3 * a, a * 0, a * -2)
b = a
b += array("i", [9])
print(a, b is a)
b *= 2
print(a)
for bad in [lambda: a + array("d", [1.0]), lambda: a + [3], lambda: [3] + a, lambda: a * "x", lambda: a - a]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def iadd_list():
    global a
    a += [1]
def iadd_kind():
    global a
    a += array("d")
for bad in [iadd_list, iadd_kind]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(a)
