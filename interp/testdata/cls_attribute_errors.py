# Checks AttributeError messages for instances, classes, builtin objects and deleted attributes.
class C:
    def __init__(self):
        self.present = 1


c = C()
for get in [lambda: c.x, lambda: C.x, lambda: (5).foo, lambda: "s".nope, lambda: [].push, lambda: None.real]:
    try:
        get()
    except AttributeError as e:
        print(type(e).__name__, e)
del c.present
try:
    c.present
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.present
except AttributeError as e:
    print(type(e).__name__, e)
