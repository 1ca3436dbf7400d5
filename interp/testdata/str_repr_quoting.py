# Checks repr quoting rules for strings: quote choice, escapes of quotes/backslashes/control chars, non-ASCII kept.
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline", "tab\t", "\r\x00\x1f\x7f", "é ü 日本", "\x80\x9f\xa0\xad", "", "'", '"', "'\""]
for v in vals:
    print(repr(v))
print(vals)
print(("it's",), {"k'": 'v"'})
print(str(["a\nb"]), str("a\nb"))
print(repr(repr("x")))
