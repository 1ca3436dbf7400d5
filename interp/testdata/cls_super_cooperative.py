# Checks cooperative super() calls through a diamond: each __init__/method runs once in MRO order.
class Root:
    def __init__(self):
        print("Root")

    def greet(self):
        return ["Root"]


class Left(Root):
    def __init__(self):
        print("Left start")
        super().__init__()
        print("Left end")

    def greet(self):
        return ["Left"] + super().greet()


class Right(Root):
    def __init__(self):
        print("Right start")
        super().__init__()
        print("Right end")

    def greet(self):
        return ["Right"] + super().greet()


class Both(Left, Right):
    def __init__(self):
        print("Both start")
        super().__init__()
        print("Both end")

    def greet(self):
        return ["Both"] + super().greet()


b = Both()
print(b.greet())
print([c.__name__ for c in Both.__mro__])
