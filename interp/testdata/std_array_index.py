# array indexing (negative), slicing returns arrays, item and slice assignment with range checks, del, iteration.
from array import array

a = array("i", [10, 20, 30, 40, 50])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-2:])
a[0] = 11
a[-1] = -55
print(a)
for x in a:
    print(x, end=" ")
print()
print([x * 2 for x in array("d", [1.5, 2.5])], list(reversed(a)))
try:
    a[1] = 2**40
except OverflowError as e:
    print("OverflowError:", e)
try:
    a[9]
except IndexError as e:
    print("IndexError:", e)
try:
    a[9] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[0] = 1.5
except TypeError as e:
    print("TypeError:", e)
b = array("b", [1, 2, 3, 4, 5, 6])
b[1:3] = array("b", [7, 8, 9])
print(b)
b[::2] = array("b", [0, 0, 0, 0])
print(b)
del b[0]
del b[::3]
print(b, len(b))
try:
    b[0:1] = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    b[0:1] = array("i", [1])
except TypeError as e:
    print("TypeError:", e)
try:
    b[0] = 128
except OverflowError as e:
    print("OverflowError:", e)
u = array("B", [250])
u[0] += 5
print(u, 255 in u, bool(array("d")), bool(u))
