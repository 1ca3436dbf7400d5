# Checks except (A, B) catching any listed type, including via a tuple stored in a variable.
def trigger(kind):
    if kind == "v":
        int("x")
    elif kind == "k":
        {}["missing"]
    elif kind == "i":
        [][0]
    elif kind == "z":
        1 // 0
    return "ok"
for kind in ["v", "k", "i", "z", "none"]:
    try:
        print(trigger(kind))
    except (ValueError, KeyError) as e:
        print("value-or-key:", repr(e))
    except (IndexError,) as e:
        print("index:", e)
    except (TypeError, ArithmeticError) as e:
        print("arith:", e)
errors = (ZeroDivisionError, IndexError)
try:
    [1][5]
except errors as e:
    print("from variable tuple:", e)
