# Checks that an exception raised inside an except block propagates to an outer handler, and finally still runs.
def risky():
    try:
        {}["k"]
    except KeyError:
        return [][0]
    finally:
        print("risky finally")
try:
    risky()
except IndexError as e:
    print("outer got", repr(e))
try:
    try:
        int("z")
    except ValueError as e:
        print("handling", e)
        raise TypeError("during handling")
except TypeError as e2:
    print("caught", e2)
