# Raises while it is being imported, from a function called by its body.
def setup(values):
    return values[0] / values[1]


ready = False
ratio = setup([1, 0])
ready = True
