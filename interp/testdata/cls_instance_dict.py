# Checks the instance __dict__ (and vars()): insertion order of attributes and writes through it.
class P:
    cls_attr = 1

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.__dict__, vars(p))
p.z = 3
p.__dict__["w"] = 4
print(p.w, p.__dict__)
del p.x
print(p.__dict__, "cls_attr" in p.__dict__)
print(sorted(k for k in vars(P) if not k.startswith("__")))
