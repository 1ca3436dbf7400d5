# binary files: rb/wb/ab/r+b, bytes I/O, seek and tell, BufferedReader/Writer/Random
import os

# A per-run name: see README.md.
_token = object()
PATH = "/tmp/tracejit_file_binary_%d_%d.bin" % (os.getpid(), id(_token))

try:
    with open(PATH, "wb") as f:
        print(type(f).__name__, f.mode, f.writable(), f.readable(), f.seekable())
        print(f.write(b"\x00\x01binary\xff\n"), f.write(bytearray(b"line two\r\n")), f.write(b""))
        f.writelines([b"x", bytearray(b"y"), b"z"])
        print(f.tell())
    with open(PATH, "rb") as f:
        print(type(f).__name__, f.mode)
        print(f.read(2), f.tell())
        print(f.readline(), f.readline(), f.read(), f.read(), f.tell())
        print(f.seek(0), f.read(3), f.seek(2, 1), f.read(2), f.seek(-3, 2), f.read())
        f.seek(0)
        print(f.readlines())
        f.seek(0)
        print([len(line) for line in f])
        f.seek(4)
        print(f.readline(3), f.readline(0), f.read(-1))
    with open(PATH, "ab") as f:
        print(f.mode, f.tell())
        f.write(b"appended")
        print(f.tell())
    with open(PATH, "r+b") as f:
        print(type(f).__name__, f.mode)
        print(f.read(2))
        f.write(b"AB")
        print(f.tell(), f.read(4))
        f.seek(0, 2)
        f.write(b"!")
        f.seek(0)
        print(f.read())
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(f.read())
    with open(PATH, "w+b") as f:
        print(f.mode, f.read())
        f.write(bytes(range(10)))
        f.seek(3)
        print(list(f.read(4)))
    with open(PATH, "rb") as f:
        data = f.read()
    print(data, len(data), data.hex())
finally:
    if os.path.exists(PATH):
        os.remove(PATH)
