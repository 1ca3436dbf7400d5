# Checks TypeErrors for unhashable set members and membership tests with unhashable values.
for make in [lambda: {[1, 2]}, lambda: set([[1]]), lambda: {1, 2}.add({}), lambda: {set()}, lambda: [1] in {1, 2}]:
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, frozenset() in {frozenset()})
