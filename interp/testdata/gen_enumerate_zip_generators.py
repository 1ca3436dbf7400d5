# Checks enumerate/zip/reversed/sorted applied to generators, and zip stopping at the shortest generator.
def letters():
    for ch in "wxyz":
        yield ch


def count():
    n = 0
    while True:
        yield n
        n += 1


print(list(enumerate(letters(), 1)))
print(list(zip(count(), letters())))
print(dict(zip(letters(), count())))
print(sorted(letters(), reverse=True))
c = count()
print(list(zip(c, "ab")), next(c))
for i, (a, b) in enumerate(zip(letters(), reversed([1, 2, 3]))):
    print(i, a, b)
