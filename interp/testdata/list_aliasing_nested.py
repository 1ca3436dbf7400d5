# Checks reference semantics: aliases, nested mutation, copies via slicing/list(), and functions mutating arguments.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b)
c = a[:]
c.append(5)
print(a, c)
m = [[1, 2], [3, 4]]
n = list(m)
n[0].append(9)
n[1] = "replaced"
print(m, n)
def add_item(lst, item):
    lst.append(item)
def rebind(lst):
    lst = [0]
    return lst
add_item(a, "x")
r = rebind(a)
print(a, r)
outer = [a, a]
a.pop()
print(outer)
