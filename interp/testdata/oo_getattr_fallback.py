# Checks __getattr__: called only for missing attributes, used for delegation, raising AttributeError for the rest.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0

    def __getattr__(self, name):
        self.hits += 1
        if name.startswith("secret"):
            raise AttributeError("no access to " + name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.hits)
print(hasattr(p, "secret_key"), hasattr(p, "pop"), getattr(p, "secret", "denied"))
try:
    p.secret_x
except AttributeError as e:
    print(type(e).__name__, e)


class Defaults:
    x = 1

    def __getattr__(self, name):
        return name.upper()


d = Defaults()
d.y = "set"
print(d.x, d.y, d.zzz)
