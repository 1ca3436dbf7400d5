# Checks generator send(): priming with next()/send(None), values received by yield expressions, running total.
def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            continue
        total += x


g = running_total()
print(next(g))
print(g.send(10))
print(g.send(5))
print(next(g))
print(g.send(-3))


def echo():
    received = []
    while len(received) < 3:
        v = yield len(received)
        received.append(v)
    return received


e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"))
try:
    e.send("c")
except StopIteration as stop:
    print("finished with", stop.value)
fresh = echo()
try:
    fresh.send(1)
except TypeError as err:
    print(type(err).__name__, err)
