# Checks that handlers for base classes catch subclasses: ArithmeticError, LookupError, Exception.
def try_it(code):
    try:
        if code == "zero":
            return 1 // 0
        if code == "overflow":
            return 2.0 ** 10000
        if code == "index":
            return [][0]
        if code == "key":
            return {}[0]
        if code == "name":
            return nope
        if code == "unbound":
            return unbound_local()
        if code == "recursion":
            return forever(0)
    except ArithmeticError as e:
        return "arith " + repr(e)
    except LookupError as e:
        return "lookup " + repr(e)
    except NameError as e:
        return "name " + str(e)
    except RuntimeError as e:
        return "runtime " + str(e)
def unbound_local():
    v = v + 1
    return v
def forever(n):
    return forever(n + 1)
for code in ["zero", "overflow", "index", "key", "name", "unbound", "recursion"]:
    print(code, "->", try_it(code))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), Exception), isinstance(ValueError(), LookupError))
