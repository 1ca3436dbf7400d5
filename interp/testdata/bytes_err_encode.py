# an uncaught UnicodeEncodeError from str.encode
names = ["Anna", "Zoë", "Łukasz"]
for name in names:
    print(name, name.encode("latin-1"))
