# Checks nested try statements: inner handler misses, outer catches; re-raising inside a handler with bare raise.
def level(kind):
    try:
        try:
            if kind == 1:
                raise ValueError("inner value")
            if kind == 2:
                raise KeyError("inner key")
            return "no error"
        except ValueError as e:
            return "inner handled: " + str(e)
    except KeyError as e:
        return "outer handled: " + repr(e)
print(level(0))
print(level(1))
print(level(2))
try:
    try:
        raise IndexError("original")
    except IndexError:
        print("logging and re-raising")
        raise
except IndexError as e:
    print("re-raised:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replacement")
except ValueError as e:
    print("replacement caught:", e)
