# Checks the try/except ImportError fallback idiom and imports inside functions and classes.
try:
    import impmod_optional_missing as opt
except ImportError:
    opt = None
print(opt)


def lazy():
    from impmod_basic import greet
    return greet("lazy")


print(lazy())


class Holder:
    import impmod_state as state
    from impmod_basic import GREETING


print(Holder.GREETING, Holder.state.__name__)
import math, impmod_basic as b2, sys as s
print(math.floor(2.5), b2.GREETING, s.__name__)
