# Checks AttributeError: module 'math' has no attribute 'foo'.
import math
print(math.floor(2.5))
print(math.foo)
