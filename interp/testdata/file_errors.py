# open() and file method errors: OSError subclasses, io.UnsupportedOperation, closed files, bad modes and arguments
import io
import os

# A per-run name: see README.md.
_token = object()
PATH = "/tmp/tracejit_file_errors_%d_%d.txt" % (os.getpid(), id(_token))
MISSING = "/nonexistent_tracejit_dir/data.txt"


def check(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


try:
    try:
        open(MISSING)
    except FileNotFoundError as e:
        print(e)
        print(e.args, e.errno, e.strerror, e.filename, e.filename2, repr(e))
        print(isinstance(e, OSError), isinstance(e, IOError), IOError is OSError, EnvironmentError is OSError)
    try:
        open("/tmp")
    except IsADirectoryError as e:
        print(e)
    try:
        open("/tmp", "w")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        open(MISSING, "w")
    except OSError as e:
        print(type(e).__name__, e.errno)
    for mode in ["rw", "rr", "q", "", "U", "rt+b", "b", "+", "wx", "ra+"]:
        check(lambda: open(PATH, mode))
    check(lambda: open(PATH, "wb", encoding="utf-8"))
    check(lambda: open(PATH, "wb", errors="strict"))
    check(lambda: open(PATH, "wb", newline=""))
    check(lambda: open(PATH, "w", newline="\t"))
    check(lambda: open(PATH, "w", encoding="no-such-codec"))
    check(lambda: open(PATH, 5))
    check(lambda: open(1.5))
    check(lambda: open(PATH, "w", errors=5))
    check(lambda: open(PATH, "w", buffering=0))

    f = open(PATH, "w")
    check(lambda: f.read())
    check(lambda: f.readline())
    check(lambda: f.write(b"bytes"))
    check(lambda: f.write(5))
    check(lambda: f.writelines(["ok", 5]))
    check(lambda: f.seek(1, 1))
    check(lambda: f.seek(-1))
    check(lambda: f.seek(0, 9))
    f.close()
    for op in [f.read, f.readline, lambda: f.write("x"), f.flush, f.tell, lambda: f.seek(0), f.readlines, lambda: next(f), f.__enter__]:
        check(op)
    print(f.closed, f.name == PATH, f.mode)

    f = open(PATH, "rb")
    check(lambda: f.write(b"x"))
    check(lambda: f.write("str"))
    check(lambda: f.seek(-100))
    check(lambda: f.seek(0, 3))
    f.close()
    check(lambda: f.read())
    check(lambda: f.readline())

    f = open(PATH, "wb")
    check(lambda: f.read())
    check(lambda: f.write("text"))
    check(lambda: f.write([1]))
    f.close()
    check(lambda: f.write(b"x"))

    f = open(PATH)
    check(lambda: f.write("x"))
    check(lambda: f.read("3"))
    check(lambda: f.readline(None))
    f.close()

    try:
        open(PATH).write("x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError), e)
    try:
        open(PATH, "w").read()
    except OSError as e:
        print("caught as OSError:", e)
    try:
        raise OSError(2, "No such file or directory", "named.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.args)
    print(OSError("plain"), OSError(13, "Permission denied"), type(OSError(13, "x")).__name__, OSError(1, 2, 3, 4, 5, 6).errno)
finally:
    if os.path.exists(PATH):
        os.remove(PATH)
