# Checks TypeError for an unexpected keyword argument to a def.
def f(x, y=0):
    return x - y
print(f(5, y=2))
print(f(5, z=2))
