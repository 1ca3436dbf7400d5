# Checks hasattr/getattr (with default)/setattr/delattr on instances and classes, with dynamic names.
class Obj:
    kind = "plain"

    def __init__(self):
        self.a = 1


o = Obj()
print(hasattr(o, "a"), hasattr(o, "b"), hasattr(o, "kind"), hasattr(Obj, "a"))
print(getattr(o, "a"), getattr(o, "b", "missing"), getattr(Obj, "kind"))
for name in ["x", "y", "z"]:
    setattr(o, name, name.upper())
print(o.x, o.y, o.z, sorted(k for k in o.__dict__))
delattr(o, "y")
print(hasattr(o, "y"), getattr(o, "y", None))
setattr(Obj, "kind", "fancy")
print(o.kind, Obj().kind)
m = getattr(o, "__init__")
print(callable(m))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
