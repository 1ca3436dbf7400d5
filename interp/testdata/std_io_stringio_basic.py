# io.StringIO write/read/getvalue, positions (overwriting, padding past the end), tell, truncate and close.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world"), s.tell())
print(s.getvalue())
s.seek(0)
print(s.read(5), s.tell(), repr(s.read()), repr(s.read()))
s = io.StringIO("abcdef")
print(s.tell(), s.write("XY"), s.getvalue(), s.read(2))
print(s.seek(10), s.write("!"), repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))
s.writelines(["1", "2", "3"])
print(s.getvalue(), s.readable(), s.writable(), s.seekable(), s.closed)
t = io.StringIO("ünïcødé")
print(t.read(3), t.tell(), t.read(), len(t.getvalue()))
s.close()
print(s.closed)
for bad in [lambda: s.write("x"), lambda: s.getvalue(), lambda: io.StringIO(5), lambda: io.StringIO().write(5),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 3),
            lambda: io.StringIO(newline="x")]:
    try:
        print(bad())
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__ + ":", e)
