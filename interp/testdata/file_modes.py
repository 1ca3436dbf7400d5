# open modes: a, x, r+, w+, a+, t; mode/name/closed attributes; text writes after reads
import os

# A per-run name: see README.md.
_token = object()
PATH = "/tmp/tracejit_file_modes_%d_%d.txt" % (os.getpid(), id(_token))

try:
    with open(PATH, "x") as f:
        print(f.mode, f.write("created\n"))
    try:
        open(PATH, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == PATH)
    with open(PATH, "a") as f:
        print(f.mode, f.tell(), f.write("appended\n"), f.tell())
    with open(PATH, "rt") as f:
        print(f.mode, repr(f.read()))
    with open(PATH, "r+") as f:
        print(f.mode, repr(f.read(3)))
        f.write("END\n")
        print(f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open(PATH, "w+") as f:
        print(f.mode, repr(f.read()))
        f.write("fresh\ncontent\n")
        print(repr(f.read()))
        print(f.seek(0), repr(f.readline()), f.tell())
    with open(PATH, "a+") as f:
        print(f.mode, repr(f.read()))
        f.write("more\n")
        f.seek(0)
        print(f.readlines())
    with open(PATH, "tr") as f:
        print(f.mode, len(f.read()))
    with open(PATH, "xt" if False else "r", encoding="utf-8") as f:
        print(f.encoding, f.errors, f.newlines)
    print(os.path.getsize(PATH))
finally:
    if os.path.exists(PATH):
        os.remove(PATH)
