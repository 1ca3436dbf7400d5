# Checks that += on lists mutates in place (aliases see it) while + creates a new list; tuples/strings rebind.
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u)
s = "x"
r = s
s += "y"
print(s, r)
def extend_in_place(lst):
    lst += [0]
xs = [5]
extend_in_place(xs)
print(xs)
