# an uncaught exception in a with body: __exit__ runs first, the traceback points into the body
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type, exc)
        return False


def compute(values):
    total = 0
    with CM():
        for v in values:
            total += 10 // v
    return total


print(compute([1, 2, 5]))
print(compute([1, 0]))
