# int.to_bytes / int.from_bytes, int() and float() of bytes, ord() of a byte
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((255).to_bytes(), (0).to_bytes(0, "big"), (65).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((2 ** 64).to_bytes(9, "big"), (2 ** 100 - 1).to_bytes(13, "little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(b"\x7f", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff" * 12, "big"), int.from_bytes(b"\xff" * 12, "big", signed=True))
for n in [0, 1, 255, 256, 65535, -1, -32768, 2 ** 63, -(2 ** 63), 12345678901234567890]:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True) == n)
for args in [(1, "big"), (0, "big"), (2, "sideways")]:
    try:
        print((300).to_bytes(*args))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for value, signed in [(-1, False), (128, True), (-129, True)]:
    try:
        value.to_bytes(1, "big", signed=signed)
    except OverflowError as e:
        print(e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(e)
try:
    int.from_bytes("text", "big")
except TypeError as e:
    print(e)
print(int(b"42"), int(b" -7 "), int(bytearray(b"12")), int(b"ff", 16), int(b"0x1f", 0), float(b"2.5"), float(b"-1e3"))
for bad in [b"x", b"1.5"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float(b"abc")
except ValueError as e:
    print(e)
print(ord(b"a"), ord(bytearray(b"\xff")), [ord(bytes([i])) for i in (0, 10, 127)])
try:
    ord(b"ab")
except TypeError as e:
    print(e)
