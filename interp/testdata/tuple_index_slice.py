# Checks tuple indexing (incl. negative) and slicing, and IndexError / TypeError on mutation.
t = (10, 20, 30, 40, 50)
print(t[0], t[-1], t[2], t[-2])
print(t[1:3], t[::-1], t[::2], t[-2:], t[10:], t[3:1])
print(type(t[1:3]), t[:] == t)
try:
    print(t[5])
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(len(t), 30 in t, 35 in t)
