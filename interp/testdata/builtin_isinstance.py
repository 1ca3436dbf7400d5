# Checks isinstance with builtin types, tuples of types, bool being an int, and exception classes.
print(isinstance(1, int), isinstance(1.0, int), isinstance(1.0, float), isinstance("s", str))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, int))
print(isinstance(1, (str, int)), isinstance(1.5, (int, str)), isinstance("x", (list, (str, dict))))
print(isinstance(range(3), range), isinstance(2 ** 100, int))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError), isinstance(KeyError(), ValueError))
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, (list, tuple)):
        return "sequence"
    return "other"
print([describe(v) for v in [True, 3, 2.5, "s", [1], (1,), {}, None]])
