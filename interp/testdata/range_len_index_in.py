# Checks len, indexing, negative indexing, and in on ranges including big and stepped ranges.
r = range(3, 20, 4)
print(len(r), r[0], r[1], r[-1], r[-2], list(r))
print(7 in r, 8 in r, 19 in r, 20 in r, -1 in range(-5, 5))
print(len(range(10)), len(range(0)), len(range(5, 0, -1)), len(range(0, 10, 3)), len(range(10, 0)))
print(len(range(0, 10 ** 12, 7)))
try:
    print(r[5])
except IndexError as e:
    print("IndexError:", e)
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, len(range(-(10 ** 10), 10 ** 10)))
