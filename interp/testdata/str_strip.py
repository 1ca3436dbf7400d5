# Checks strip/lstrip/rstrip with default whitespace and with explicit character sets.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("123.450000".rstrip("0")), repr("000".lstrip("0")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
print(repr("  a  ".strip(None)), repr("--a--".strip("")))
print(repr("\u3000wide\u3000".strip()))
