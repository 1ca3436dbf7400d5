# Checks bare raise re-raising the exception being handled, from nested handlers and helper code.
class Oops(Exception):
    pass


def risky(n):
    if n > 2:
        raise Oops("n=" + str(n))
    return n


def wrapper(n):
    try:
        return risky(n)
    except Oops:
        print("logging and re-raising")
        raise


for n in [1, 3]:
    try:
        print(wrapper(n))
    except Oops as e:
        print("outer caught", e)
try:
    try:
        raise Oops("first")
    except Oops as e:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
except Oops as e:
    print("still the first:", e)
