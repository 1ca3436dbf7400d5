# an exception in __enter__ propagates through the with statement without calling __exit__
class Lock:
    def __init__(self, name, busy):
        self.name = name
        self.busy = busy

    def __enter__(self):
        if self.busy:
            raise RuntimeError("lock %s is busy" % self.name)
        print("acquired", self.name)
        return self

    def __exit__(self, *exc):
        print("released", self.name, exc[0])


def critical(locks):
    with locks[0], locks[1]:
        print("in critical section")


critical([Lock("a", False), Lock("b", False)])
critical([Lock("c", False), Lock("d", True)])
