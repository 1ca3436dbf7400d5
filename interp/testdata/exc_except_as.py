# Checks except ... as e: str(e), repr(e), e.args, type(e), and that the name is unbound after the handler.
try:
    int("abc")
except ValueError as e:
    print(str(e))
    print(repr(e))
    print(e.args)
    print(type(e))
try:
    {}["k"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(str(e), repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(str(e)), repr(e), e.args)
try:
    raise ValueError
except ValueError as err:
    saved = err
print(repr(saved))
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)
