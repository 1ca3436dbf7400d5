# Checks the uncaught AttributeError from super().method() when no base class defines the method.
class Base:
    def run(self):
        return "base run"


class Child(Base):
    def run(self):
        return "child+" + super().run()

    def stop(self):
        return super().stop()


c = Child()
print(c.run())
c.stop()
