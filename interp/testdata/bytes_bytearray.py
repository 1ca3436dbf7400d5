# bytearray mutation: item and slice assignment, del, append/extend/insert/pop/remove, += and *=
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba))
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba)
ba[2:6] = []
print(ba)
ba[0:0] = [1, 2]
print(ba)
ba[::2] = b"wxyz"
print(ba)
del ba[0]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
ba = bytearray(b"abcdef")
ba[::-2] = b"123"
print(ba)
del ba[::-1]
print(ba, len(ba))

ba = bytearray()
ba.append(97)
ba.append(0)
ba.extend(b"bc")
ba.extend([100, 101])
ba.extend(bytearray(b"f"))
ba.extend(range(103, 105))
print(ba)
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 67)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(0)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba)

ba = bytearray(b"ab")
alias = ba
ba += b"cd"
print(ba, alias, ba is alias)
ba *= 2
print(ba, alias is ba)
ba += bytearray(b"!")
ba += [33, 63] if False else b"?"
print(ba)
b = b"immutable"
alias = b
b += b"!"
print(b, alias, b is alias)

# Iterating a bytearray sees changes made during iteration.
ba = bytearray(b"abc")
out = []
for x in ba:
    out.append(x)
    if x == 97:
        ba.append(100)
print(out, ba)

# bytearrays are unhashable but compare with bytes
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(e)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", sorted([bytearray(b"b"), b"a"]))
m = bytearray(3)
for i in range(3):
    m[i] = i * 100
print(m, list(m))
