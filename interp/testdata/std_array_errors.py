# array item conversions raise CPython's exact OverflowError/TypeError messages for each typecode.
from array import array

for code in "bBhHiIlLqQ":
    for v in [-(2**70), -(2**40), -70000, -300, -1, 300, 70000, 2**40, 2**63, 2**64, 2**70]:
        try:
            array(code, [v])
            print(code, v, "ok")
        except OverflowError as e:
            print(code, v, "OverflowError:", e)
a = array("i", [1, 2, 3])
for bad in [lambda: a.append(2**31), lambda: a.append(1.5), lambda: a.append("x"), lambda: array("d", ["a"]),
            lambda: array("x"), lambda: array("ab"), lambda: array(1), lambda: array("d", "abc"),
            lambda: array("u", [1]), lambda: array("i").pop(), lambda: a.pop(10), lambda: a.index(99),
            lambda: a.remove(99), lambda: a.extend(array("d", [1.0])), lambda: a.fromlist((1,)),
            lambda: array("i", x=1), lambda: array(), lambda: a.tounicode(), lambda: hash(a)]:
    try:
        print(bad())
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    a.extend([4, "five", 6])
except TypeError as e:
    print("TypeError:", e)
print(a)
