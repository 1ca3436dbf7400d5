# Checks zero-argument super() in __init__ and in ordinary methods across a three-level chain.
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base.__init__"]

    def describe(self):
        return "Base(" + self.name + ")"


class Mid(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.log.append("Mid.__init__")

    def describe(self):
        return "Mid<" + super().describe() + ">"


class Leaf(Mid):
    def __init__(self):
        super().__init__("leaf", 3)
        self.log.append("Leaf.__init__")

    def describe(self):
        return "Leaf[" + super().describe() + "]"


x = Leaf()
print(x.describe())
print(x.log, x.level, x.name)
print(Mid("m", 1).describe())
