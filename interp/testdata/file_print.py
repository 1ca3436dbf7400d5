# print(..., file=...) to files, sys.stdout and sys.stderr, with flush; sys.stdout.write/sys.stderr.write return counts
import os
import sys

# A per-run name: see README.md.
_token = object()
PATH = "/tmp/tracejit_file_print_%d_%d.txt" % (os.getpid(), id(_token))

print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed to stderr", file=sys.stderr, flush=True)
print("flushed to stdout", flush=True)
n = sys.stdout.write("written to stdout\n")
m = sys.stderr.write("written to stderr: é\n")
print(n, m)
sys.stderr.flush()
sys.stdout.flush()
try:
    with open(PATH, "w") as f:
        for i in range(3):
            print("line", i, file=f)
        print("no end", end="", file=f, flush=True)
        print(f.write("\n"))
    with open(PATH) as f:
        for line in f:
            print(">", line, end="")
    with open(PATH, "a") as f:
        print("x", "y", "z", sep="", file=f)
    with open(PATH, "rb") as f:
        print(f.read())
    with open(PATH, "wb") as f:
        try:
            print("text", file=f)
        except TypeError as e:
            print("binary file:", e)
finally:
    os.remove(PATH)
print("done", file=sys.stdout)
