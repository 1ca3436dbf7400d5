# Checks __repr__ and __str__: print/str use __str__ (falling back to __repr__), containers and repr() use __repr__.
class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Both(%r)" % (self.v,)

    def __str__(self):
        return "<both " + str(self.v) + ">"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "just str"


b = Both("x")
print(b)
print(str(b), repr(b))
print([b, Both(2)], (b,), {"k": b})
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print(StrOnly(), str(StrOnly()))
print(f"{b} {b!r} {ReprOnly()}")
print("%s and %r" % (b, b))
print(str([StrOnly()]).startswith("[<__main__.StrOnly object at "))
