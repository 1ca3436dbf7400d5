# text file encodings: utf-8 by default, latin-1 and ascii, decoding errors and error handlers
import os

# A per-run name: see README.md.
_token = object()
PATH = "/tmp/tracejit_file_encoding_%d_%d.txt" % (os.getpid(), id(_token))

try:
    with open(PATH, "w", encoding="utf-8") as f:
        print(f.encoding, f.write("naïve café ☕\n"))
    with open(PATH, "rb") as f:
        print(f.read())
    with open(PATH, encoding="utf-8") as f:
        print(f.read(), end="")
    with open(PATH, encoding="latin-1") as f:
        print(repr(f.read()))
    with open(PATH, encoding="ascii", errors="replace") as f:
        print(repr(f.read()))
    with open(PATH, encoding="ascii", errors="ignore") as f:
        print(repr(f.read()))
    try:
        with open(PATH, encoding="ascii") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(e)
    with open(PATH, "w", encoding="latin-1") as f:
        f.write("élan\n")
        try:
            f.write("€\n")
        except UnicodeEncodeError as e:
            print(e)
    with open(PATH, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("€uro\n")
    with open(PATH, "w", encoding="latin-1", errors="replace") as f:
        f.write("ok ĳ\n")
    with open(PATH, "rb") as f:
        print(f.read())
    with open(PATH, "wb") as f:
        f.write(b"good line\nbad \xff line\n")
    with open(PATH) as f:
        try:
            print(f.readline())
        except UnicodeDecodeError as e:
            print(e)
    with open(PATH, errors="replace") as f:
        print(f.readlines())
    with open(PATH, errors="backslashreplace") as f:
        print(f.readlines())
    with open(PATH, encoding="latin1") as f:
        print(f.readlines(), f.encoding)
finally:
    if os.path.exists(PATH):
        os.remove(PATH)
