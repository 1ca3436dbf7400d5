# universal newlines when reading text, the newline argument, and newline translation on write
import os

# A per-run name: see README.md.
_token = object()
PATH = "/tmp/tracejit_file_newlines_%d_%d.txt" % (os.getpid(), id(_token))

try:
    with open(PATH, "wb") as f:
        f.write(b"unix\nwindows\r\nmac\rlast")
    with open(PATH) as f:
        print(f.newlines)
        print(f.readlines(), f.newlines)
    with open(PATH) as f:
        print(repr(f.read()))
        print(f.tell())
    with open(PATH) as f:
        print(repr(f.read(9)), f.tell(), repr(f.readline()), f.tell())
    for nl in ["", "\n", "\r", "\r\n"]:
        with open(PATH, newline=nl) as f:
            print(repr(nl), f.readlines())
    with open(PATH, newline="") as f:
        print(repr(f.read()))
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(PATH, "w", newline=nl) as f:
            f.write("a\nb\r\nc\rd\n")
        with open(PATH, "rb") as f:
            print(repr(nl), f.read())
    with open(PATH, "wb") as f:
        f.write(b"only\nunix\n")
    with open(PATH) as f:
        f.read()
        print(repr(f.newlines))
    with open(PATH, "wb") as f:
        f.write(b"cr\r\r\nmixed\r")
    with open(PATH) as f:
        print([line for line in f])
    try:
        open(PATH, newline="x")
    except ValueError as e:
        print(e)
finally:
    if os.path.exists(PATH):
        os.remove(PATH)
