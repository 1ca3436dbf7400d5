# bytes as a sequence: len, indexing (ints), slicing, iteration, in, comparisons, +, *, hash
b = b"hello world"
print(len(b), b[0], b[-1], b[4], type(b[0]))
print(b[0:5], b[6:], b[:-6], b[::2], b[::-1], b[100:], b[3:3])
print(list(b[:5]), tuple(b"ab"), sum(b"abc"), max(b"abc"), min(b"xyz"))
for c in b"hi!":
    print(c, chr(c))
print([c for c in b"abc" if c != 98])
print(104 in b, 0 in b, b"wor" in b, b"" in b, b"xyz" in b, bytearray(b"lo") in b)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"")
print(b"abc" == "abc", b"a" == 97, b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x")
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"x" * 0, b"x" * -5, b"" * 10)
print(b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
print(sorted([b"pear", b"apple", b"fig", b"b"]), max([b"a", b"bb", b"c"]))
print(hash(b"abc") == hash("abc"), hash(b"") == 0, hash(b"xy") == hash(b"x" + b"y"))
print({b"a": 1, b"b": 2}[b"b"], {b"x", b"y", b"x"} == {b"y", b"x"}, len({b"q", b"q"}))
print(bool(b""), bool(b"\x00"), not b"", b"" or b"default")
print(list(reversed(b"abc")), list(enumerate(b"ab")), list(zip(b"ab", b"cd")))
s = {b"one", b"two", b"three", b"four"}
print(sorted(s))
print(b"abc".__len__(), b"%d items" if False else b"no format")
it = iter(b"xy")
print(next(it), next(it), next(it, "end"))
x = b"a"
x += b"b"
x *= 2
print(x)
print(b"abc"[1:2] == b"b", b"abc"[1] == 98, b"a" in b"abc", 97 in b"abc")
