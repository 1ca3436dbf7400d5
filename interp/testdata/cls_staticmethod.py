# Checks @staticmethod called on the class and on instances, and used from other methods.
class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

    @staticmethod
    def is_even(n):
        return n % 2 == 0

    def process(self, xs):
        return [self.clamp(x, 0, 10) for x in xs if MathUtil.is_even(x)]


print(MathUtil.clamp(15, 0, 10), MathUtil.clamp(-3, 0, 10))
m = MathUtil()
print(m.clamp(5, 0, 3), m.is_even(4))
print(m.process([-4, 3, 8, 12, 7]))


class Sub(MathUtil):
    @staticmethod
    def is_even(n):
        return True


print(Sub().process([1, 20, 3]))
