# Checks forwarding *args/**kwargs through wrapper functions and that args/kwargs are fresh objects.
def target(a, b=0, *rest, key=None, **extra):
    return [a, b, rest, key, extra]


def forward(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
    return target(*args, **kwargs)


print(forward(1))
print(forward(1, 2, 3, 4, key="k", flag=True))
print(forward(b=5, a=6))


def twice(fn, *args, **kwargs):
    return [fn(*args, **kwargs), fn(*args, **kwargs)]


print(twice(target, 7, key=1))
lst = [1, 2]
print(forward(*lst), lst)
