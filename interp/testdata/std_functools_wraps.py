# functools.wraps and update_wrapper copy __name__, __qualname__, __doc__ and __dict__ and set __wrapped__.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3))
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))

def target():
    pass
target.extra = "kept"

def shim():
    pass

r = functools.update_wrapper(shim, target)
print(r is shim, shim.__name__, shim.extra, shim.__wrapped__ is target, shim.__qualname__)
