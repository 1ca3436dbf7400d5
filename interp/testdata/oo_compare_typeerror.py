# Checks the TypeError for ordering comparisons of instances without comparison methods.
class P:
    pass


class Q:
    pass


tests = [lambda: P() < P(), lambda: P() >= Q(), lambda: P() > 1, lambda: "a" <= P(), lambda: sorted([P(), P()]), lambda: max(Q(), Q())]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
p = P()
print(p == p, p == P(), p != P(), p != p)
