# Checks the uncaught TypeError when __init__ returns a non-None value.
class Weird:
    def __init__(self, v):
        self.v = v
        return v * 2


print("making")
Weird(21)
