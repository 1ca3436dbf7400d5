# bisect.insort_left/insort_right keep a list sorted; key= applies to the new item too; lo/hi restrict the search.
import bisect

xs = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(xs, v)
print(xs)
pairs = []
for v in [(2, "x"), (1, "y"), (2, "a"), (1, "b")]:
    bisect.insort_right(pairs, v, key=lambda p: p[0])
print(pairs)
left = []
for v in [(2, "x"), (1, "y"), (2, "a"), (1, "b")]:
    bisect.insort_left(left, v, key=lambda p: p[0])
print(left)
ys = [1, 2, 3, 10, 20]
bisect.insort_left(ys, 5, 0, 3)
print(ys)
words = ["apple", "fig", "kiwi"]
bisect.insort(words, "banana")
bisect.insort(words, "zucchini", lo=1)
print(words)
fl = [0.5, 1.5]
bisect.insort_right(fl, 1)
bisect.insort_left(fl, 1.0)
print(fl)
try:
    bisect.insort((1, 2), 3)
except AttributeError as e:
    print("AttributeError:", e)
