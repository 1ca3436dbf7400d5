# itertools.product: cartesian order, repeat=, empty pools and no pools.
import itertools

print(list(itertools.product("ab", [1, 2, 3])))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product("xy", "z", repeat=2)))
print(list(itertools.product()))
print(list(itertools.product("ab", [])))
print(list(itertools.product([1, 2], repeat=0)))
print(len(list(itertools.product(range(4), range(5), range(6)))))
print(["".join(p) for p in itertools.product("01", repeat=3)])
try:
    itertools.product([1], repeat=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    itertools.product([1], x=1)
except TypeError as e:
    print("TypeError:", e)
