# Checks truthiness of instances: __bool__ first, then __len__, default True; len() uses __len__.
class Empty:
    def __len__(self):
        return 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__ called")
        return self.on

    def __len__(self):
        return 99


class Plain:
    pass


print(bool(Empty()), bool(Sized(3)), len(Sized(3)), bool(Plain()))
print(bool(Flag(False)), len(Flag(False)))
if not Empty():
    print("empty is falsy")
x = Sized(0) or "fallback"
print(x)
print([type(v).__name__ for v in [Empty(), Sized(2), Plain()] if v])
n = 0
s = Sized(3)
while s:
    s.n -= 1
    n += 1
print(n, not Plain(), Flag(True) and "yes")
