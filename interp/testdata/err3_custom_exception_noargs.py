# Checks an uncaught custom exception raised as a bare class (no message): only the class name is printed.
class Abort(Exception):
    pass


def step(n):
    if n == 2:
        raise Abort
    print("step", n)


for i in range(4):
    step(i)
