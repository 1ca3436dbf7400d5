# Same global names as the main program, in its own namespace.
x = "module x"
counter = 0


def get_x():
    return x


def incr():
    global counter
    counter += 1
    return counter


def read_main_name():
    return __name__
