# Checks dict literals and repr: empty, nested, mixed key types, duplicate keys (last wins, first position).
print({})
print({"a": 1, "b": [1, 2], "c": {"d": None}})
print({1: "int", 2.5: "float", (1, 2): "tuple", None: 0, True: "t"})
print({"x": 1, "y": 2, "x": 3})
print({"it's": "q\"uote", "tab": "\t"})
d = {
    "multi": 1,
    "line": 2,
}
print(d, len(d), type(d))
print(str({1: 2}), repr({"k": "v"}))
