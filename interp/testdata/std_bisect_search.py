# bisect_left/bisect_right/bisect: insertion points among equal items, lo/hi bounds, key=, and argument errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 5, hi=5))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 100, 2, 4))
print(bisect.bisect_left([], 1), bisect.bisect_right((1, 3, 5), 3), bisect.bisect("acegi", "d"))
grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [(1, "a"), (3, "b"), (3, "c"), (7, "d")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
print(bisect.bisect_left([1.5, 2.5], 2), bisect.bisect_right([1, 2, 3], 2.0))
for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect(a), lambda: bisect.bisect(5, 1),
            lambda: bisect.bisect_right(a, 1, 0, "x"), lambda: bisect.bisect(["a", 1], 0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
