# Checks tuple comparison, concatenation, repetition and use in sorting.
a = (1, 2)
b = (1, 3)
print(a < b, a == (1, 2), a != b, (1, 2, 3) > (1, 2), () < (0,))
print(a + b, a * 2, 0 * a, () + ())
t = (1,)
t += (2, 3)
print(t)
print(sorted([(2, "b"), (1, "c"), (2, "a")]))
print(max([(1, "z"), (2, "a")]))
try:
    print((1,) + [2])
except TypeError as e:
    print("TypeError:", e)
