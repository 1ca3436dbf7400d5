# Checks the uncaught KeyError from dict.pop of a missing key without a default, inside a method.
class Cache:
    def __init__(self):
        self.data = {"a": 1}

    def evict(self, key):
        return self.data.pop(key)


c = Cache()
print(c.evict("a"))
c.evict("a")
