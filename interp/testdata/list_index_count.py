# Checks list.index (first match, not-found ValueError) and list.count with equal values.
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.index(1), xs.index(5), xs.index(9), xs.index(3))
print(xs.count(5), xs.count(1), xs.count(7), [].count(0))
print([1, 1.0, True].count(1), [[1], [1]].count([1]), ["a", "A"].count("a"))
for v in [7, "3"]:
    try:
        xs.index(v)
    except ValueError as e:
        print("ValueError:", e)
