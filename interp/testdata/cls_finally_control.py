# Checks finally with return, break and continue: finally always runs, and a return in finally wins.
def f():
    try:
        return "try"
    finally:
        print("finally runs")


print(f())


def g():
    try:
        return "try"
    finally:
        return "finally"


print(g())


def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(h())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)


def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)


print(count())
