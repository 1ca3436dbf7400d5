# random.seed accepts ints (by absolute value), floats, bools, strs (sha512 version 2) and None; Random instances are independent.
import random

for s in [0, 5, -5, 2**32, 2**32 - 1, 2**64, 3.0, 2.5, -2.5, True, False, "a", "abc" * 50, "ÿ"]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(40))

random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
b = [random.random() for _ in range(3)]
print(a == b, a)

random.seed("hello", version=1)
print("v1", random.random())
random.seed("hello", version=2)
print("v2", random.random())

r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
r3 = random.Random("x")
print(r3.randrange(1000), r3.choice([10, 20, 30]))
random.seed(99)
print(random.random() == random.Random(99).random())
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
