# Checks that slicing copies (new list, shallow), and in-place changes through full-slice assignment are seen by aliases.
a = [[1], [2], 3]
b = a[:]
c = a[::1]
print(b == a, b is a, c is a, b[0] is a[0])
b[0].append(99)
b[2] = "x"
print(a, b)
s = "text"
print(s[:] == s, (1, 2)[:] == (1, 2))
ref = a
a[:] = [0]
print(ref, ref is a)
a = a + [1]
print(ref, a)
