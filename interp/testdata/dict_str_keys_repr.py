# Checks repr of dicts whose keys and values are strings needing different quoting and escapes.
d = {"plain": "it's", 'dq"': "tab\there", "nl\n": "é", "": "\\"}
print(d)
for k, v in d.items():
    print(repr(k), "->", repr(v))
print({"a": ["b", ("c",)], "d": {"e": "f'g"}})
