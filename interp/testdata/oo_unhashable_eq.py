# Checks that defining __eq__ without __hash__ makes instances unhashable (__hash__ is None) with the exact TypeError.
class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


print(V.__hash__ is None, V(1) == V(1))
for op in [lambda: hash(V(1)), lambda: {V(1): 1}, lambda: {V(2)}, lambda: set([V(3)]), lambda: V(1) in {1: 2}]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)


class W(V):
    def __hash__(self):
        return hash(self.x)


print(len({W(1), W(1), W(2)}))
for op in [lambda: hash([1]), lambda: {[1]: 2}, lambda: {{}: 1}, lambda: hash((1, [2]))]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
