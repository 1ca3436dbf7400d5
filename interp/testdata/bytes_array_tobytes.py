# array.tobytes returns a real bytes object; frombytes and the array constructor accept bytes and bytearray
from array import array

a = array("h", [1, -2, 300])
b = a.tobytes()
print(b, type(b).__name__, len(b), b.hex(), b[0], b[1:3])
print(b == bytes(a), bytes(a), bytearray(a))
c = array("h")
c.frombytes(b)
c.frombytes(bytearray(b"\x05\x00"))
print(c)
print(array("B", b"\x01\x02\xff"), array("b", bytearray(b"\x80\x7f")))
print(array("i", [7, 8]).tobytes() + b"!", int.from_bytes(array("I", [1000]).tobytes(), "little"))
try:
    c.frombytes(b"\x01")
except ValueError as e:
    print(e)
try:
    c.frombytes("text")
except TypeError as e:
    print(e)
