# Checks decorators with arguments (decorator factories) returning the actual decorator.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("ann"))


def prefix(tag, sep=": "):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return tag + sep + str(fn(*args, **kwargs))
        return wrapper
    return deco


@prefix("INFO")
def status(x):
    return x * 2


@prefix("WARN", sep=" -> ")
def other():
    return "careful"


print(status(21))
print(other())
ROUTES = {}


def route(path):
    def deco(fn):
        ROUTES[path] = fn
        return fn
    return deco


@route("/")
def index():
    return "index page"


@route("/about")
def about():
    return "about page"


for p in ROUTES:
    print(p, ROUTES[p]())
