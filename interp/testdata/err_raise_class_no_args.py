# Checks raising an exception class with no arguments: traceback ends with just the class name.
def fail():
    raise KeyError
print("calling")
fail()
