# Checks finally interacting with return: finally runs on return, a return in finally overrides and swallows.
def f():
    try:
        return "try"
    finally:
        print("finally in f")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    try:
        1 / 0
    finally:
        return "swallowed"
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally for i =", i)
    return i
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(f())
print(g())
print(h())
print(k())
print(counter())
