# Checks any()/all() over generator expressions stop consuming at the first decisive element (side effects printed).
def check(x):
    print("check", x)
    return x > 2


print(any(check(x) for x in [1, 3, 5, 0]))
print(all(check(x) for x in [4, 5, 1, 9]))
print(any(check(x) for x in []))
print(all(check(x) for x in []))
g = (check(x) for x in [0, 7, 8, 9])
print(any(g))
print(list(g))
print(any([False, 0, "", None]), all([1, "x", [0]]))
