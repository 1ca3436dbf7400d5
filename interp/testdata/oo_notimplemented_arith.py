# Checks binary operator dispatch: NotImplemented from __add__ leads to the other operand's __radd__.
class Left:
    def __add__(self, other):
        print("Left.__add__")
        return NotImplemented


class Right:
    def __radd__(self, other):
        print("Right.__radd__ with", type(other).__name__)
        return "right wins"

    def __add__(self, other):
        print("Right.__add__")
        return "right add"


print(Left() + Right())
print(Right() + Left())
print(5 + Right())
print([1] + Right())
