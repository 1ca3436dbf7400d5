# an uncaught io.UnsupportedOperation: writing to a file opened for reading
import os

# A per-run name: see README.md.
_token = object()
PATH = "/tmp/tracejit_file_err_unsupported_%d_%d.txt" % (os.getpid(), id(_token))
with open(PATH, "w") as f:
    f.write("data\n")
try:
    with open(PATH) as f:
        print(f.read(), end="")
        f.write("more\n")
finally:
    os.remove(PATH)
