# __exit__ raises while handling a body exception: both tracebacks, chained, with CPython's line numbers
class Closer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            raise RuntimeError("cleanup of %s failed" % self.name)
        return False


def process(items):
    with Closer("items") as c:
        for item in items:
            print(item["name"])


process([{"name": "a"}, {"name": "b"}])
process([{"name": "c"}, {}])
