# functools.reduce folds left with and without an initial value; empty input without one is a TypeError.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(functools.reduce(operator.add, [], 42))
print(functools.reduce(operator.add, ["x"]))
print(functools.reduce(max, [3, 9, 2, 7]))
print(functools.reduce(lambda a, b: f"({a}{b})", "abcd"))
print(functools.reduce(operator.add, iter([[1], [2], [3]])))
for bad in [lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add),
            lambda: functools.reduce(operator.add, 5), lambda: functools.reduce(operator.add, [1], 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
