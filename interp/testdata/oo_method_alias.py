# Checks method aliasing in class bodies (__rmul__ = __mul__, name = other_method) and aliasing inherited by subclasses.
class Scalar:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return Scalar(self.v * (k.v if isinstance(k, Scalar) else k))

    __rmul__ = __mul__

    def show(self):
        return "S" + str(self.v)

    __repr__ = show
    display = show


s = Scalar(3)
print(s * 4, 4 * s, s * s, s.display(), repr(s))
print(Scalar.__rmul__ is Scalar.__mul__)


class Sub(Scalar):
    def show(self):
        return "Sub" + str(self.v)


t = Sub(2)
print(t, t.show(), t.display())
