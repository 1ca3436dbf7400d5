# the context manager protocol is looked up on the type: CPython 3.11's TypeError messages
class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *a):
        return False


class InstanceAttrs:
    def __init__(self):
        self.__enter__ = lambda: 1
        self.__exit__ = lambda *a: None


for obj in [1, "s", None, [1], OnlyEnter(), OnlyExit(), InstanceAttrs(), OnlyEnter]:
    try:
        with obj:
            print("entered", obj)
    except TypeError as e:
        print(e)


# Special methods can come from a base class, be static or class methods,
# or be set on the class after it is created.
class Base:
    def __enter__(self):
        return "from base"

    def __exit__(self, *a):
        print("base exit", a)


class Derived(Base):
    pass


with Derived() as v:
    print(v)


class Static:
    @staticmethod
    def __enter__():
        return "static"

    @classmethod
    def __exit__(cls, *a):
        print("classmethod exit", cls.__name__, a)


with Static() as v:
    print(v)


class Later:
    pass


Later.__enter__ = lambda self: "added later"
Later.__exit__ = lambda self, *a: print("later exit")
with Later() as v:
    print(v)


# __enter__ that is not callable
class BadEnter:
    __enter__ = 5
    __exit__ = lambda self, *a: None


try:
    with BadEnter():
        pass
except TypeError as e:
    print(e)


# __exit__ with the wrong signature fails when called
class BadExit:
    def __enter__(self):
        return self

    def __exit__(self):
        return False


try:
    with BadExit():
        print("body ran")
except TypeError as e:
    print(e)
