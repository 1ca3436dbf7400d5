# Checks the uncaught AttributeError for a missing attribute looked up on a class object.
class Registry:
    items = []


print(len(Registry.items))
print(Registry.lookup)
