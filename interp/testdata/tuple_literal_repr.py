# Checks tuple literals and repr: empty tuple, one-element tuple with trailing comma, nested, no parens.
t = 1, 2, 3
print(t, type(t))
print((), (1,), (1, 2), ((1,),), (1, (2, (3,))))
single = 5,
print(single, len(single))
print((5), (5,) == (5), tuple([5]) == (5,))
print(("a", "it's", None, 1.5))
print(str((1, "x")), repr(()))
nested = ([1, 2], {"k": (3,)})
print(nested)
