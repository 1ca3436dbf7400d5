# Checks repr of user objects nested inside lists, tuples, dicts and other objects' reprs.
class Leaf:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Leaf(%r)" % self.v


class Tree:
    def __init__(self, *kids):
        self.kids = list(kids)

    def __repr__(self):
        return "Tree(" + ", ".join(repr(k) for k in self.kids) + ")"


t = Tree(Leaf(1), Tree(Leaf("a"), Leaf(None)), Leaf([2, 3]))
print(t)
print([t.kids[0], (Leaf(0.5),)], {"k": Leaf(True)}, {1: [Leaf("x")]})
print(repr([Leaf("q")]), str((Leaf(1),)))
