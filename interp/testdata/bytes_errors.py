# TypeError, ValueError and IndexError messages of bytes and bytearray operations, as CPython 3.11 words them
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b"abc")
check(lambda: b"abc"[3])
key = 1.0
check(lambda: b"abc"[key])
check(lambda: ba[-4])
check(lambda: ba[None])
check(lambda: b"a" + "b")
check(lambda: "b" + b"a")
check(lambda: ba + 1)
check(lambda: 1 + b"a")
check(lambda: b"a" * 2.5)
check(lambda: 2.5 * b"a")
check(lambda: b"a" * b"a")
check(lambda: b"a" < "a")
check(lambda: b"a" >= 1)
check(lambda: "a" in b"abc")
check(lambda: 256 in b"abc")
check(lambda: [97] in b"abc")
check(lambda: hash(bytearray(b"x")))
check(lambda: bytes(-1))
check(lambda: bytes("text"))
check(lambda: bytes(1.5))
check(lambda: bytearray(2.5))
check(lambda: bytes([1, 256]))
check(lambda: bytearray([1, -1]))
check(lambda: bytes(["a"]))
check(lambda: bytes(b"x", "utf-8"))
check(lambda: bytes("x", errors="strict"))
check(lambda: bytes(3, encoding="ascii"))
check(lambda: bytes("x", "no-such-encoding"))
check(lambda: b"abc".find("b"))
check(lambda: b"abc".split("b"))
check(lambda: b"abc".split(b""))
check(lambda: b"abc".strip("a"))
check(lambda: b"abc".replace("a", "b"))
check(lambda: b"abc".startswith("a"))
check(lambda: b"abc".endswith(["c"]))
check(lambda: b"abc".index(b"z"))
check(lambda: b"abc".rindex(b"z"))
check(lambda: b",".join([b"a", "b"]))
check(lambda: b",".join([b"a", 1]))
check(lambda: b",".join(5))
check(lambda: b"abc".upper(1))
check(lambda: b"abc".find())
check(lambda: b"abc".decode(1))
check(lambda: b"abc".center(5, b"ab"))
check(lambda: b"abc".partition(b""))
check(lambda: bytes.fromhex("0g"))
check(lambda: bytes.fromhex("abc"))
check(lambda: bytes.fromhex(b"ab"))
check(lambda: b"ab".hex(""))
check(lambda: "x".encode(5))
check(lambda: "x".encode("ascii", "strict", "extra"))


def assign(key, value):
    ba[key] = value


check(lambda: assign(0, 256))
check(lambda: assign(0, "a"))
check(lambda: assign(5, 1))
check(lambda: assign("k", 1))
check(lambda: assign(slice(0, 1), 5))
check(lambda: assign(slice(0, 1), "ab"))
check(lambda: assign(slice(0, 1), [1, 300]))
check(lambda: assign(slice(None, None, 2), b"xyz"))
check(lambda: ba.append(256))
check(lambda: ba.append("a"))
check(lambda: ba.extend(5))
check(lambda: ba.extend([1, 256]))
check(lambda: ba.pop(10))
check(lambda: bytearray().pop())
check(lambda: ba.remove(120))
check(lambda: ba.insert(0, 999))


def delete(key):
    del ba[key]


check(lambda: delete(10))
check(lambda: b"abc".__setitem__(0, 1))


def bytes_assign():
    b = b"abc"
    b[0] = 1


check(bytes_assign)


def bytes_del():
    b = b"abc"
    del b[0]


check(bytes_del)
print(ba)
