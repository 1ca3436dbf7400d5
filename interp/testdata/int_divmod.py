# Checks divmod on ints (all sign combinations), floats and big ints.
for a in [7, -7]:
    for b in [3, -3]:
        print(a, b, divmod(a, b))
print(divmod(0, 5), divmod(5, 1), divmod(1, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(10 ** 20, 3))
print(divmod(-(10 ** 20), 7))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
print(divmod(True, 2))
print(divmod(6.0, 3), divmod(1, 0.3))
