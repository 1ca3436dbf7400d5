# Checks two-argument super(Class, self) including skipping a level of the hierarchy.
class A:
    def hello(self):
        return "A"


class B(A):
    def hello(self):
        return "B>" + super(B, self).hello()


class C(B):
    def hello(self):
        return "C>" + super(C, self).hello()

    def skip(self):
        return super(B, self).hello()


c = C()
print(c.hello())
print(c.skip())
print(super(C, c).hello())
