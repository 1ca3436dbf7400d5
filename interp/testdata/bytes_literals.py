# bytes literals: escapes, raw and implicit concatenation, and repr's quoting and escaping rules
print(b"plain", b'single', b"""triple""", rb"raw\n", Rb"\x00", br'\\')
print(b"tab\there", b"nl\n", b"cr\r", b"nul\x00", b"bell\a", b"del\x7f", b"high\x80\xff")
print(b"it's", b'say "hi"', b"both ' and \"", b"back\\slash")
print(b"octal \101\102\7", b"\x41\x42", b"line\
continued")
print(b"adjacent " b"literals " rb"\raw")
print(repr(b""), repr(b"'"), repr(b'"'), repr(b"'\""))
print(str(b"abc"), f"{b'xyz'}", "%s|%r" % (b"s", b"r"))
print(len(b"\x00\x01\x02"), len(rb"\x00"))
print(type(b"x"), type(b"x").__name__, isinstance(b"", bytes))
print([b"a", b"b"], (b"c",), {b"k": b"v"})
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b"both ' and \""), bytearray())
# all byte values
print(bytes(range(0, 256, 15)))
print(bytes(range(32, 48)))
# constants are shared and immutable
def f():
    return b"same"
print(f() == f(), f() is f())
