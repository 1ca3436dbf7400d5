# Checks closures over enclosing locals (cells): the inner function reads the variable after the outer returns.
def outer():
    x = 10
    msg = "hi"

    def inner():
        return msg + " " + str(x)
    return inner


f = outer()
print(f())
print(outer()())


def make_greeter(greeting):
    def greet(name):
        return greeting + ", " + name
    return greet


hello = make_greeter("Hello")
bye = make_greeter("Bye")
print(hello("Ann"), bye("Bob"), hello("Cy"))
