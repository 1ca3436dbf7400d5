# the bytes and bytearray constructors, bytes.fromhex and .hex()
print(bytes(), bytes(3), bytes(0), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("x", encoding="utf8"))
print(bytes("aé", "ascii", "replace"), bytes(source="k", encoding="utf-8"), bytes(b"copy"))
print(bytes(bytearray(b"from array")), bytes(x for x in [104, 105]), bytes(map(ord, "map")))
print(bytearray(), bytearray(2), bytearray([1, 2, 3]), bytearray(b"abc"), bytearray("é", "utf-8"))
ba = bytearray(b"abc")
copy = bytes(ba)
ba[0] = 65
print(ba, copy, bytearray(ba) is ba, bytes(copy) is copy)


class HasBytes:
    def __bytes__(self):
        return b"custom"


print(bytes(HasBytes()))


class Indexable:
    def __index__(self):
        return 4


print(bytes(Indexable()), bytearray(Indexable()), bytes([Indexable()]))
print(bytes.fromhex("48656c6c6f"), bytes.fromhex(" de ad  BE EF "), bytes.fromhex(""))
print(bytearray.fromhex("00ff"), type(bytearray.fromhex("00")).__name__)
print(b"Hello".hex(), bytearray(b"\x00\x0f\xf0\xff").hex(), b"".hex())
print(b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2))
print(b"\xab\xcd".hex(sep=b"|"), b"abc".hex(bytes_per_sep=1, sep=","))
h = b"round trip".hex()
print(h, bytes.fromhex(h))
print(b"x".fromhex("41"))
