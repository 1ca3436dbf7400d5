# Checks from-imports: several names, aliases, functions that keep their module's globals.
from impmod_basic import greet, GREETING as G, numbers
from impmod_basic import Point

print(G)
print(greet("from"))
numbers.append(4)
import impmod_basic

print(impmod_basic.total(), impmod_basic.numbers is numbers)
print(Point(3, 4))
GREETING = "shadowed in main"
print(greet("still module greeting"))
