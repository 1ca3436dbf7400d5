# Checks default parameter values: omitted, overridden positionally or by keyword, evaluated once at def time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet("Di", "Yo", "."))
base = 10
def add(x, y=base):
    return x + y
base = 20
print(add(1), add(1, 2))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
def none_default(x=None):
    if x is None:
        x = []
    x.append("v")
    return x
print(none_default(), none_default())
