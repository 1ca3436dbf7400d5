# Checks bare except catching any exception, including ones raised in called functions and after other handlers.
def bad():
    return undefined_name_here
try:
    bad()
except:
    print("bare caught NameError")
try:
    raise KeyError("k")
except ValueError:
    print("never")
except:
    print("bare caught after specific")
for thing in [1, "x", None]:
    try:
        print(thing + 1)
    except:
        print("cannot add to", repr(thing))
