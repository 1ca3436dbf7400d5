# Checks uncaught RecursionError from unbounded recursion; the traceback collapses repeated frames.
def down(n):
    return down(n + 1)
print("start")
down(0)
