# io.StringIO readline/readlines/iteration and the newline argument's translation and line splitting.
import io

s = io.StringIO("one\ntwo\n\nthree")
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(5))
print([line.rstrip("\n") for line in io.StringIO("a\nb\nc\n")])
n = 0
for line in io.StringIO("x\ny\n"):
    n += len(line)
print(n)
data = "a\nb\r\nc\rd"
print(io.StringIO(data).readlines())
print(io.StringIO(data, newline=None).readlines(), repr(io.StringIO(data, newline=None).getvalue()))
print(io.StringIO(data, newline="").readlines())
print(io.StringIO(data, newline="\r").readlines())
w = io.StringIO(newline="\r\n")
w.write("p\nq\n")
print(repr(w.getvalue()))
