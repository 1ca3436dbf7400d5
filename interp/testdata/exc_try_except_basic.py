# Checks try/except catching the matching exception type and skipping the rest of the try body.
try:
    print("before")
    x = 1 / 0
    print("never")
except ZeroDivisionError:
    print("caught division")
try:
    [][1]
except KeyError:
    print("wrong handler")
except IndexError:
    print("caught index")
try:
    print("no error")
except Exception:
    print("never")
print("after all")
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print(safe_div(1, 2), safe_div(1, 0))
