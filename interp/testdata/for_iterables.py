# Checks for loops over range, list, tuple, str, dict keys and nested containers, and the loop variable afterwards.
for i in range(3):
    print("range", i)
for v in [1.5, "two", None]:
    print("list", v)
for v in (3, 4):
    print("tuple", v)
for ch in "hi":
    print("str", ch)
for k in {"x": 1, "y": 2}:
    print("dict key", k)
print("after loop i =", i)
total = 0
for row in [[1, 2], [3, 4, 5]]:
    for v in row:
        total += v
print("total", total)
for i in range(3):
    i = i * 100
    print("rebound", i)
for _ in range(2):
    print("underscore")
