# Checks exceptions raised deep in a call chain propagating to a caller's handler, unwinding intermediate frames.
trace = []
def c(n):
    trace.append("c")
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
def b(n):
    trace.append("b")
    result = c(n)
    trace.append("b-after")
    return result
def a(n):
    trace.append("a")
    try:
        return b(n)
    finally:
        trace.append("a-finally")
for n in [5, -1]:
    trace = []
    try:
        print("result", a(n))
    except ValueError as e:
        print("caught", e)
    print(trace)
def loop_raise():
    for i in range(10):
        if i == 3:
            raise IndexError(i)
try:
    loop_raise()
except IndexError as e:
    print("from loop", e.args)
