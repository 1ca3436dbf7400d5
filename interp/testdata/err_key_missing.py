# Checks an uncaught KeyError whose message is the repr of the missing key: KeyError: 'x'.
d = {"a": 1}
print(d["a"])
print(d["x"])
