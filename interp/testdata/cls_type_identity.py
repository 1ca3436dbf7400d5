# Checks type(x) is C, x.__class__, C.__name__, type names of builtins and classes as first-class values.
class Cat:
    pass


class Lion(Cat):
    pass


c = Cat()
l = Lion()
print(type(c) is Cat, type(l) is Cat, type(l) is Lion, l.__class__ is Lion)
print(Cat.__name__, l.__class__.__name__, type(l).__name__)
print(type(Cat).__name__, type(Cat) is type, type(3).__name__, type(None).__name__)
classes = [Cat, Lion, int, list]
made = [k() for k in classes]
print([type(m).__name__ for m in made])
factory = {"cat": Cat, "lion": Lion}
print(type(factory["lion"]()).__name__)
print(type(l) == Lion, type(l) != Cat, Cat == Cat)
