# Checks None: repr, identity, equality, use as default and as function result.
x = None
print(x, repr(x), str(x), type(x))
print(x is None, x is not None, x == None, x != 0, None == False)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
d = {"a": None}
print(d, d.get("b"), d.get("a") is None)
print([None, None], (None,))
print(bool(None), not None)
y = None or "fallback"
print(y)
