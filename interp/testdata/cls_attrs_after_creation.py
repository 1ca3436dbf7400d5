# Checks attributes and methods assigned on a class after creation are seen by existing instances.
class Thing:
    def __init__(self, v):
        self.v = v


t = Thing(4)
Thing.color = "red"
print(t.color)


def doubled(self):
    return self.v * 2


Thing.doubled = doubled
print(t.doubled(), Thing(10).doubled())
Thing.describe = lambda self: "Thing(" + str(self.v) + ")"
print(t.describe())
t.extra = [1, 2]
print(t.extra, hasattr(Thing(0), "extra"))
Thing.count = 0
for i in range(3):
    Thing.count += 1
print(Thing.count, t.count)
