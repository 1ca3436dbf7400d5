# Checks substring membership tests with in / not in including empty and full-string needles.
s = "the cat sat"
for needle in ["cat", "dog", "", "the cat sat", "t s", "T", " "]:
    print(repr(needle), needle in s, needle not in s)
try:
    print(1 in "123")
except TypeError as e:
    print("TypeError:", e)
