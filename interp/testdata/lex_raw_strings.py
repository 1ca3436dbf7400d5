# Checks raw string literals: backslashes kept, raw with quotes, upper-case R prefix, repr of the result.
print(r"a\nb")
print(len(r"a\nb"))
print(R"C:\path\to\file")
print(r'\x41')
print(repr(r"\t"))
print(r"quote\"inside")
print(len(r"\\"))
print(r"""raw
triple\n""")
print(r"a" "\tb")
