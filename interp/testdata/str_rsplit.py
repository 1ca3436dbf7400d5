# Checks str.rsplit with maxsplit, separators and whitespace, compared with split.
print("a b c d".rsplit(), "a b c d".rsplit(None, 1), "a b c d".rsplit(" ", 2))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".split(",", 1))
print("  x  y  z  ".rsplit(None, 1), "  x  y  z  ".split(None, 1))
print("path/to/file.txt".rsplit("/", 1), "path/to/file.txt".rsplit(".", 1))
print("abc".rsplit(","), "".rsplit(), ",,".rsplit(",", 1))
print("a--b--c".rsplit("--", maxsplit=1))
