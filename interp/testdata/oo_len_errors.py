# Checks errors from __len__/__bool__ returning bad values, and len() of objects without __len__.
class Neg:
    def __len__(self):
        return -1


class NotInt:
    def __len__(self):
        return "3"


class BadBool:
    def __bool__(self):
        return 1


class NoLen:
    pass


for t in [lambda: len(Neg()), lambda: len(NotInt()), lambda: bool(BadBool()), lambda: len(NoLen()), lambda: bool(Neg())]:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
