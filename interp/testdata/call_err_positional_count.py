# Checks the wording of TypeErrors for too many positional arguments (singular/plural, ranges, keyword-only counts).
def f(a, b):
    pass


def g(a, b=1):
    pass


def h():
    pass


def one(a):
    pass


def k(a, *, b):
    pass


calls = [
    lambda: f(1, 2, 3),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: one(1, 2),
    lambda: k(1, 2, b=3),
    lambda: k(1, 2),
    lambda: g(1, 2, 3, 4),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
