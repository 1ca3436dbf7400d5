# an uncaught UnicodeDecodeError from bytes.decode
def parse(raw):
    text = raw.decode("utf-8")
    return text.split(",")


print(parse(b"a,b,c"))
print(parse("é,ü".encode("utf-8")))
print(parse(b"ok,\xe9t\xe9"))
