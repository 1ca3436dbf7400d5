# exceptions raised by __enter__ and __exit__: chaining, __exit__ is not called when __enter__ fails
class Fails:
    def __init__(self, where):
        self.where = where

    def __enter__(self):
        print("enter")
        if self.where == "enter":
            raise KeyError("enter failed")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
        if self.where == "exit":
            raise IndexError("exit failed")
        return False


for where in ["enter", "exit", None]:
    try:
        with Fails(where):
            print("body")
    except Exception as e:
        print("caught", type(e).__name__, e, "context", repr(e.__context__))

# __exit__ raising while handling a body exception: chained via __context__
try:
    with Fails("exit"):
        raise ValueError("body failed")
except IndexError as e:
    print("caught", repr(e), "context", repr(e.__context__))
    print(e.__context__.__context__, e.__suppress_context__)


# __exit__ re-raising the exception it was given
class Reraise:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            raise exc
        return False


try:
    with Reraise():
        raise ValueError("again")
except ValueError as e:
    print("reraised", e)


# __exit__ raising a new exception "from" the given one
class Wrap:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            raise RuntimeError("wrapped") from exc


try:
    with Wrap():
        {}["missing"]
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# A failing manager among several: earlier ones are exited, later ones never entered.
class Named:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError("cannot enter " + self.name)
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)


try:
    with Named("a"), Named("b", fail=True), Named("c"):
        print("not reached")
except RuntimeError as e:
    print(e)

# The context expression failing: nothing is entered.
try:
    with Named("x"), undefined_name:
        pass
except NameError as e:
    print(e)

# Unpacking the __enter__ result fails inside the block: __exit__ sees it.
try:
    with Named("unpack") as (p, q):
        pass
except TypeError as e:
    print("unpack:", e)
