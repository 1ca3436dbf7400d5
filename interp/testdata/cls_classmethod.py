# Checks @classmethod: alternative constructors, cls bound to the subclass, class-level counters.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)


class Birthday(Date):
    pass


a = Date.from_string("2024-02-29")
b = Birthday.from_string("1990-07-01")
print(a, b)
print(Date.kind(), Birthday.kind(), b.kind())
print(Date.created, Birthday.created)
c = a.from_string("2000-01-01")
print(c, type(c).__name__)
