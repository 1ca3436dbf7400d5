# functools.partial freezes positional and keyword arguments; call-time keywords override; partials of partials flatten.
import functools

def power(base, exp, mod=None):
    return pow(base, exp, mod)

square = functools.partial(power, exp=2)
print(square(7), square(3, mod=5), square(base=4))
cube = functools.partial(power, 2)
print(cube(10), cube(3, 5))
p = functools.partial(functools.partial(power, 3), mod=7)
print(p(4), p.args, p.keywords, p.func is power)
q = functools.partial(square, exp=3)
print(q(2), q.keywords)
int2 = functools.partial(int, base=2)
print(int2("1011"), int2("111"))
print(list(map(functools.partial(max, 5), [1, 7, 3])))
print(callable(square), type(square) is functools.partial)
print(sorted(["bb", "a", "ccc"], key=functools.partial(len)))
try:
    functools.partial()
except TypeError as e:
    print("TypeError:", e)
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError:", e)
