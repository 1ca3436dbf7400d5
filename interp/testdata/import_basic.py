# Checks import of a user module: attributes, functions, classes, __name__ and the main guard.
import impmod_basic

print(__name__)
print(impmod_basic.__name__)
print(impmod_basic.__doc__)
print(impmod_basic.GREETING, impmod_basic.numbers)
print(impmod_basic.greet("world"))
print(impmod_basic.total())
p = impmod_basic.Point(1, 2)
print(p, p.x + p.y)
print(impmod_basic.Point)
print(impmod_basic.Point.__module__, impmod_basic.greet.__module__)
print(type(impmod_basic).__name__)
if __name__ == "__main__":
    print("main guard ran in the script")
