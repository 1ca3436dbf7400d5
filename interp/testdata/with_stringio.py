# io.StringIO as a context manager and print(..., file=...) to it and to any object with a write method
import io
import sys

with io.StringIO() as buf:
    print("hello", 42, sep=", ", file=buf)
    print("second line", file=buf, end="!\n")
    n = buf.write("written\n")
    text = buf.getvalue()
print(n, repr(text), buf.closed)
try:
    buf.getvalue()
except ValueError as e:
    print(e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", "b", file=c)
print("x", end="", file=c, flush=True)
print(c.parts)


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(e)

# sys.stdout.write returns the number of characters written.
n = sys.stdout.write("héllo\n")
print(n)
print(sys.stdout.write(""))
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(e)
print(None, file=None)
