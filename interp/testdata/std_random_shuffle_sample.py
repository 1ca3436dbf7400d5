# random.shuffle, sample (small and large populations, counts=), choice and choices (weights, cum_weights) follow CPython's algorithms.
import random

random.seed(31337)
xs = list(range(30))
random.shuffle(xs)
print(xs)
words = ["alpha", "beta", "gamma", "delta"]
random.shuffle(words)
print(words)
print(random.sample(range(50), 10))
print(random.sample(range(100000), 12))
print(random.sample("abcdefgh", 8))
print(random.sample(["x", "y", "z"], 0))
print(random.sample(["red", "blue"], 5, counts=[4, 2]))
print(random.sample((1, 2, 3, 4, 5, 6), k=3))
print(random.choice("xyz"), random.choice((1, 2)), random.choice(range(1000)))
print(random.choices(range(10), k=8))
print(random.choices("abc", weights=[10, 1, 1], k=10))
print(random.choices("abc", cum_weights=[1, 2, 30], k=10))
print(random.choices([1.5, 2.5], [0.25, 0.75]))
for bad in [lambda: random.sample([1, 2], 3), lambda: random.sample({1: 2}, 1),
            lambda: random.choice([]), lambda: random.choices("ab", [1], k=1),
            lambda: random.choices("ab", [1, 1], [1, 2]), lambda: random.choices("ab", 3),
            lambda: random.sample([1], -1)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
