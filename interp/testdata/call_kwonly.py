# Checks keyword-only parameters after * and after *args, with and without defaults.
def connect(host, *, port=80, secure=False):
    return host + ":" + str(port) + (" (tls)" if secure else "")


print(connect("a"))
print(connect("b", port=443, secure=True))
print(connect("c", secure=True))


def f(*args, sep, end="."):
    return sep.join(args) + end


print(f("x", "y", sep="+"))
print(f(sep="-"))
print(f("p", "q", "r", end="!", sep=""))


def g(a, *, b, c=3, d):
    return (a, b, c, d)


print(g(1, d=4, b=2))
print(g(0, b=1, c=2, d=3), g(d=9, b=8, a=7))
