# Checks late binding of loop variables in closures and the default-argument and factory fixes.
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
gs = []
for i in range(4):
    gs.append(lambda i=i: i * i)
print([g() for g in gs])


def make(n):
    return lambda: n + 100


hs = [make(k) for k in range(3)]
print([h() for h in hs])
cs = [lambda: j for j in range(3)]
print([c() for c in cs])


def outer():
    funcs = []
    for name in ["a", "b"]:
        def show():
            return name
        funcs.append(show)
    name = "z"
    return [f() for f in funcs]


print(outer())
