# Checks slicing immutables returns new objects of the same type, and assigning into str/tuple slices is a TypeError.
t = (0, 1, 2, 3, 4)
print(t[1:3], type(t[1:3]).__name__, t[::2])
s = "immutable"
print(s[2:5], type(s[2:5]).__name__)
try:
    t[0:2] = (9,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0:1] = "I"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[1:2]
except TypeError as e:
    print(type(e).__name__, e)
print("I" + s[1:], t[:2] + (9,) + t[3:])
