# Checks next() with a default on exhausted generators and iterators, and without one raising StopIteration.
def two():
    yield "a"
    yield "b"


g = two()
print(next(g, "x"), next(g, "x"), next(g, "x"), next(g, None))
it = iter([1])
print(next(it), next(it, "end"))
print(next(iter([]), "empty"))
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", e.args)
first_even = next((n for n in [1, 3, 6, 8] if n % 2 == 0), None)
no_match = next((n for n in [1, 3] if n % 2 == 0), None)
print(first_even, no_match)
