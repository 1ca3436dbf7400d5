# Checks C3 method resolution order for a diamond and method lookup following __mro__.
class A:
    def who(self):
        return "A"

    def only_a(self):
        return "only in A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"

    def from_c(self):
        return "C.from_c"


class D(B, C):
    pass


print([c.__name__ for c in D.__mro__])
d = D()
print(d.who(), d.from_c(), d.only_a())


class E(C, B):
    pass


print([c.__name__ for c in E.__mro__], E().who())
print([c.__name__ for c in A.__mro__])
