# Checks dict equality (order-independent, value-sensitive) and nested dict updates through references.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a == {"x": 1}, {1: 1} == {1.0: 1.0}, list(a) == list(b))
inventory = {"fruit": {"apple": 3}, "veg": {}}
inventory["fruit"]["pear"] = 5
section = inventory["veg"]
section["kale"] = 1
inventory.setdefault("dairy", {})["milk"] = 2
print(inventory)
total = sum(sum(s.values()) for s in inventory.values())
print(total, max(inventory, key=lambda k: len(inventory[k])))
