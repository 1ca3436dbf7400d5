# str.encode and bytes.decode with utf-8, ascii and latin-1 and the error handlers, and CPython's error messages
s = "añ€😀"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode(encoding="utf_8"))
print(len(s), len(s.encode()))
for enc in ["ascii", "latin-1", "latin1", "iso-8859-1", "us-ascii"]:
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, errors, s.encode(enc, errors))
for enc in ["ascii", "latin-1"]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    "abc\u20ac\u20acdef".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "x\U0001f600".encode("latin-1")
except UnicodeError as e:
    print(e, isinstance(e, ValueError))

data = "grüße".encode()
print(data, data.decode(), data.decode("latin-1"), data.decode("ascii", "replace"), data.decode("ascii", "ignore"))
print(data.decode("ascii", "backslashreplace"), data.decode(errors="strict"))
bad = [b"\xff", b"ab\x80cd", b"\xe4\xbd", b"\xe4\xbd\x41", b"\xe4\x41", b"\xed\xa0\x80", b"\xc0\x80", b"\xf0\x9f\x98", b"\xf4\x90\x80\x80"]
for b in bad:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e, "|", e.start, e.end, e.reason, e.object)
    print(b.decode("utf-8", "replace"), b.decode("utf-8", "ignore"), b.decode("utf-8", "backslashreplace"))
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "ascii", "replace"), str(b"xy", encoding="ascii"))
for enc in ["no-such-codec", "rot-13-ish"]:
    try:
        "x".encode(enc)
    except LookupError as e:
        print("LookupError", e)
    except NotImplementedError:
        print("not implemented here")
try:
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError as e:
    print(e)
print(b"ok".decode("utf-8", "no-such-handler"))
print("x".encode("ascii").decode("latin-1").encode("utf-8"))
