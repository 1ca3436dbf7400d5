# Checks that two closures created by the same call share one cell: writes via nonlocal are seen by both.
def pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v
    return get, set_


get1, set1 = pair()
get2, set2 = pair()
set1(5)
print(get1(), get2())
set2(7)
set1(get1() + 1)
print(get1(), get2())


def outer():
    items = []

    def add(x):
        items.append(x)

    def size():
        return len(items)
    add(1)
    add(2)
    items.append(3)
    return size(), items


print(outer())
