# Checks __setattr__ interception (validation/logging) using object.__setattr__ for the real store.
class Strict:
    allowed = ("x", "y")

    def __init__(self):
        self.x = 0
        self.y = 0

    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError("cannot set " + name)
        print("set", name, value)
        object.__setattr__(self, name, value)


s = Strict()
s.x = 5
try:
    s.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(s.x, s.y, hasattr(s, "z"))
