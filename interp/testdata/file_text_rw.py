# text files: write (returns the count), writelines, read, read(n), readline, readlines, iteration, closed
import os

# The corpus runs a program in several test processes at once: the name is
# unique per run (process id and the id of a live object); see README.md.
_token = object()
PATH = "/tmp/tracejit_file_text_rw_%d_%d.txt" % (os.getpid(), id(_token))

try:
    f = open(PATH, "w")
    print(f.closed, f.mode, f.name == PATH, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("second: é€😀\n"), f.write(""))
    print(f.writelines(["third\n", "fourth\n"]), f.write("no newline at end"))
    f.close()
    print(f.closed)
    f.close()

    f = open(PATH)
    print(f.mode, f.readable(), f.writable())
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline(100)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()), f.readlines())
    f.close()

    f = open(PATH, "r")
    for i, line in enumerate(f):
        print(i, repr(line), len(line))
    f.close()

    f = open(PATH)
    text = f.read()
    f.close()
    print(len(text), text.count("\n"), text.splitlines()[1])

    f = open(PATH)
    print(f.readlines(15))
    print(next(f), end="")
    print(list(f))
    print(iter(f) is f)
    f.close()

    # w truncates
    f = open(PATH, "w")
    f.write("short\n")
    f.close()
    f = open(PATH)
    print(repr(f.read()))
    f.close()

    # print writes to files
    f = open(PATH, "w")
    print("printed", 1, 2.5, [3], file=f)
    print("a", "b", sep="-", end="!\n", file=f)
    print(file=f)
    f.close()
    f = open(PATH)
    print(repr(f.read()))
    f.close()
finally:
    if os.path.exists(PATH):
        os.remove(PATH)
print(os.path.exists(PATH))
