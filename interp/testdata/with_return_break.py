# return, break and continue leave a with block through __exit__(None, None, None), keeping the return value
events = []


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        events.append("enter " + str(self.name))
        return self.name

    def __exit__(self, *exc):
        events.append("exit %s %s" % (self.name, exc))
        return False


def early(flag):
    with CM("r") as name:
        if flag:
            return "early " + name
        events.append("late path")
    return "late"


print(early(True), events)
events.clear()
print(early(False), events)
events.clear()

for i in range(5):
    with CM(i):
        if i == 1:
            continue
        if i == 3:
            break
        events.append("body %d" % i)
print(events)
events.clear()

i = 0
while True:
    with CM("w%d" % i):
        i += 1
        if i < 3:
            continue
        break
print(events)
events.clear()


def nested():
    with CM("a"):
        with CM("b"):
            for k in range(3):
                with CM("c%d" % k):
                    if k == 1:
                        return k * 100
    return -1


print(nested(), events)
events.clear()


def with_finally():
    try:
        with CM("tf"):
            return "value"
    finally:
        events.append("finally")


print(with_finally(), events)
events.clear()


def finally_in_with():
    with CM("wf"):
        try:
            return "from try"
        finally:
            events.append("inner finally")


print(finally_in_with(), events)
events.clear()


# The return value is computed before __exit__ runs.
class Counter:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        self.n += 1
        return self

    def __exit__(self, *exc):
        self.n += 100


def count():
    c = Counter()
    with c:
        return c.n


print(count())

# break out of a with block inside an except handler
for attempt in range(3):
    try:
        raise ValueError(attempt)
    except ValueError as e:
        with CM("h%d" % attempt):
            if attempt == 1:
                break
print(events)
events.clear()


# An exception from __exit__ during a return replaces the return.
class Boom:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed: %r" % (exc,))


def returns():
    with Boom():
        return 1


try:
    returns()
except RuntimeError as e:
    print(e)

# for-else and while-else with a with body
for v in range(2):
    with CM("fe%d" % v):
        pass
else:
    events.append("else")
print(events)
