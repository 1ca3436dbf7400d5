# Checks TypeError: can only concatenate str (not "int") to str.
name = "item"
n = 5
print(name + str(n))
print(name + n)
