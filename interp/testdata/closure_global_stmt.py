# Checks the global statement: functions rebinding module variables, versus locals that shadow them.
counter = 0
name = "module"


def bump():
    global counter
    counter += 1
    return counter


def shadow():
    name = "local"
    return name


def make_new():
    global created
    created = "yes"


bump()
bump()
print(counter, shadow(), name)
make_new()
print(created)


def outer():
    def inner():
        global counter
        counter = 100
    inner()
    return counter


print(outer(), counter)
