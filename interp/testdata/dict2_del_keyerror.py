# Checks del d[k], KeyError messages for missing str/int/tuple keys, and `in`/`not in` tests.
d = {"a": 1, 2: "two", (1, 2): "tuple"}
del d["a"]
print(d, "a" in d, 2 in d, (1, 2) in d, (2, 1) not in d)
for key in ["a", 3, (9, 9)]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e.args[0]))
try:
    del d["gone"]
except KeyError as e:
    print(type(e).__name__, e)
