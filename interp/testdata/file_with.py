# with open(...) as f closes the file on normal exit, on exceptions and on return
import os

# A per-run name: see README.md.
_token = object()
PATH = "/tmp/tracejit_file_with_%d_%d.txt" % (os.getpid(), id(_token))


def write_lines(lines):
    with open(PATH, "w") as f:
        for line in lines:
            f.write(line + "\n")
    return f


def first_line():
    with open(PATH) as f:
        for line in f:
            return line.rstrip("\n"), f
    return None, f


try:
    f = write_lines(["alpha", "beta", "gamma"])
    print(f.closed)
    line, f = first_line()
    print(line, f.closed)

    try:
        with open(PATH) as f:
            data = f.read()
            raise ValueError(len(data))
    except ValueError as e:
        print("error", e, f.closed)

    with open(PATH, "a") as f, open(PATH) as g:
        f.write("delta\n")
        f.flush()
        print(g.read().split())
    print(f.closed, g.closed)

    with open(PATH) as f:
        print([line.strip() for line in f])
    try:
        f.read()
    except ValueError as e:
        print(e)
    try:
        with f:
            pass
    except ValueError as e:
        print(e)

    # The file object returned by __enter__ is the file itself.
    f = open(PATH)
    with f as same:
        print(same is f)
    print(f.closed)

    # Counting words, a typical use.
    with open(PATH, "w") as out:
        out.write("the cat and the hat\nthe end\n")
    counts = {}
    with open(PATH) as src:
        for line in src:
            for word in line.split():
                counts[word] = counts.get(word, 0) + 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
finally:
    if os.path.exists(PATH):
        os.remove(PATH)
