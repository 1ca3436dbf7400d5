# print(..., file=StringIO) and redirecting sys.stdout to a StringIO capture output.
import io
import sys

buf = io.StringIO()
print("a", 1, [2, 3], file=buf)
print("x", "y", sep="-", end="!\n", file=buf)
print(file=buf)
print(repr(buf.getvalue()))
out = io.StringIO()
old = sys.stdout
sys.stdout = out
print("captured", 42)
for i in range(3):
    print(i, end=" ")
sys.stdout = old
print(repr(out.getvalue()))
err = io.StringIO()
print("to err", file=err, flush=True)
print(err.getvalue(), end="")
