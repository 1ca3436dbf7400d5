# the os module subset: getpid, remove/unlink, rename, mkdir/rmdir, and os.path
import os
import os.path

# A per-run name: see README.md.
_token = object()
BASE = "/tmp/tracejit_file_os_%d_%d" % (os.getpid(), id(_token))

print(os.getpid() > 0, os.sep, repr(os.linesep), os.name, os.path is os.path)
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"), os.path.join("", "x"))
print(os.path.basename("/x/y/z.txt"), os.path.dirname("/x/y/z.txt"), os.path.dirname("z.txt"), os.path.dirname("/"))
print(os.path.split("/x/y.txt"), os.path.split("y.txt"), os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.normpath("a//b/./c/../d"), os.path.normpath(""))
try:
    os.mkdir(BASE)
    print(os.path.exists(BASE), os.path.isdir(BASE), os.path.isfile(BASE))
    name = os.path.join(BASE, "file.txt")
    with open(name, "w") as f:
        f.write("12345")
    print(os.path.exists(name), os.path.isfile(name), os.path.getsize(name))
    other = os.path.join(BASE, "renamed.txt")
    os.rename(name, other)
    print(os.path.exists(name), os.path.exists(other))
    try:
        os.rmdir(BASE)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    os.unlink(other)
    try:
        os.remove(other)
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror, e.filename == other)
    try:
        os.remove(BASE)
    except IsADirectoryError as e:
        print(type(e).__name__, e.strerror)
    try:
        os.mkdir(BASE)
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    try:
        os.path.getsize(other)
    except OSError as e:
        print(type(e).__name__, e.errno)
finally:
    for p in [os.path.join(BASE, "file.txt"), os.path.join(BASE, "renamed.txt")]:
        if os.path.exists(p):
            os.remove(p)
    if os.path.exists(BASE):
        os.rmdir(BASE)
print(os.path.exists(BASE))
try:
    os.remove(5)
except TypeError as e:
    print(e)
