# Checks raise with an instance, with a class, with no args, and raising builtin exception types by name.
for form in range(5):
    try:
        if form == 0:
            raise ValueError("instance")
        elif form == 1:
            raise ValueError
        elif form == 2:
            raise TypeError("type", "with", "args")
        elif form == 3:
            raise RuntimeError()
        else:
            raise Exception("base")
    except Exception as e:
        print(form, type(e), repr(e), str(e), e.args)
try:
    raise KeyError
except LookupError as e:
    print("KeyError class as LookupError", repr(e))
e = ValueError("stored")
try:
    raise e
except ValueError as caught:
    print(caught is e, caught)
