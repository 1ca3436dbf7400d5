# __exit__ raises after a normal exit and after a return: the traceback shows the with statement's line
class Flaky:
    def __init__(self, fail_on):
        self.fail_on = fail_on

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit called with", exc_type)
        if self.fail_on:
            raise ValueError("flaky exit")


def early():
    with Flaky(False):
        return "fine"


print(early())


def late(n):
    with Flaky(n > 2) as f:
        if n > 1:
            return n
        print("small")
    return 0


print(late(1))
print(late(2))
print(late(3))
