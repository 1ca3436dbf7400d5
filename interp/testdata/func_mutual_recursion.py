# Checks mutual recursion between module-level functions defined in either order.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print([is_even(i) for i in range(6)])
print(is_odd(101), is_even(200))
def ping(n, log):
    if n > 0:
        log.append("ping" + str(n))
        pong(n - 1, log)
def pong(n, log):
    if n > 0:
        log.append("pong" + str(n))
        ping(n - 1, log)
log = []
ping(5, log)
print(log)
