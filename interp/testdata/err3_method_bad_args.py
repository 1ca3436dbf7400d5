# Checks the uncaught TypeError when a method is called with too many arguments (qualified name, self counted).
class Greeter:
    def greet(self, name):
        return "hi " + name


g = Greeter()
print(g.greet("ann"))
print(g.greet("bob", "extra"))
