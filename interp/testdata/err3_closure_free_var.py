# Checks the uncaught NameError for a free variable read before the enclosing function assigns it.
def outer():
    def show():
        return threshold
    print(show.__name__)
    show()
    threshold = 1


outer()
