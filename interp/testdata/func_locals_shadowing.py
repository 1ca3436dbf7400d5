# Checks that parameters and assignments create locals that do not affect globals of the same name.
x = "global x"
def f(x):
    x = x + " modified"
    return x
def g():
    y = 1
    return y
y = "global y"
print(f("arg"), x)
print(g(), y)
def h(n):
    total = 0
    for i in range(n):
        total += i
    return total
i = "global i"
print(h(5), i)
def uses_builtin_name(list):
    return list * 2
print(uses_builtin_name(3), list("ab"))
