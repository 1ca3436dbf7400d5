# Checks traceback frame names for errors inside a lambda called from a list comprehension (<lambda>, <listcomp>).
inverse = lambda x: 1 / x
print([inverse(x) for x in [1, 2, 4]])
print([inverse(x) for x in [1, 0]])
