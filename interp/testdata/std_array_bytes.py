# array.tobytes gives the little-endian machine representation; frombytes and byteswap round-trip it.
from array import array

print(array("b", [1, -1, 127]).tobytes())
print(array("h", [-1, 2, 256]).tobytes())
print(array("i", [1, 2]).tobytes(), array("I", [4294967295]).tobytes())
print(array("q", [-2]).tobytes(), array("Q", [2**64 - 1]).tobytes())
print(array("f", [1.5, -0.0]).tobytes(), array("d", [1.5]).tobytes())
print(array("B", [39, 34, 92, 10, 9, 13, 0, 127, 128, 65]).tobytes())
print(array("B", [39]).tobytes(), array("B", [39, 34]).tobytes(), array("d").tobytes())
b = array("i", [1, 2, 3]).tobytes()
print(len(b), b[0], b[4], list(b[:5]))
c = array("i")
c.frombytes(b)
print(c, c.tobytes() == b)
d = array("h", [1, 256, -2])
d.byteswap()
print(d)
try:
    c.frombytes(b[:3])
except ValueError as e:
    print("ValueError:", e)
