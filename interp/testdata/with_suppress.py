# __exit__ receives (type, value, traceback) for an exception and suppresses it when it returns a true value
class Suppress:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type.__name__ if exc_type else None, repr(exc), tb is None, type(tb).__name__)
        return self.result


for result in [True, 1, "yes", [0], False, 0, "", None, []]:
    try:
        with Suppress(result):
            raise ValueError(result)
        print(repr(result), "suppressed")
    except ValueError as e:
        print(repr(result), "propagated", repr(e))

# Normal exit: (None, None, None), and the result is ignored.
with Suppress(True):
    print("no exception")


# Only some exceptions are suppressed.
class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)


for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), TypeError("t")]:
    try:
        with Ignore(LookupError, ZeroDivisionError):
            raise exc
        print("ignored", type(exc).__name__)
    except Exception as e:
        print("escaped", type(e).__name__, e)

# The traceback object knows where the exception was raised.
class Lines:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("traceback lines", lines)
        return True


def fail():
    raise RuntimeError("deep")


with Lines():
    fail()

with Lines():
    x = 1
    y = x // 0

# After a suppressed exception, execution continues after the block and
# the handled exception is cleared.
def f():
    with Suppress(True):
        1 / 0
        print("not reached")
    return "continued"


print(f())
try:
    raise KeyError("outer")
except KeyError:
    with Suppress(True):
        raise ValueError("inner")
    print("still handling outer")

# An exception raised in a suppressing with block inside an except clause
# gets the outer exception as its context.
class Show:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("context:", repr(exc.__context__))
        return True


try:
    raise KeyError("first")
except KeyError:
    with Show():
        raise ValueError("second")
