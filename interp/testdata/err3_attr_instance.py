# Checks the uncaught AttributeError for a missing instance attribute read inside a method.
class Config:
    def __init__(self):
        self.debug = False

    def level(self):
        return self.verbosity


c = Config()
print(c.debug)
print(c.level())
