# random.gauss caches its second value; uniform, triangular and the other distributions follow random.py.
import random

random.seed(1)
g = [random.gauss(0, 1) for _ in range(6)]
print(g)
random.seed(1)
print(random.gauss(), random.random(), random.gauss())
random.seed(5)
print([random.uniform(-1, 1) for _ in range(4)])
print(random.uniform(10, 10), random.uniform(5, 1))
print([random.triangular() for _ in range(3)])
print([random.triangular(0, 10, 2) for _ in range(3)])
print([random.normalvariate(100, 15) for _ in range(3)])
print([round(random.expovariate(2.0), 12) for _ in range(3)])
print([round(random.lognormvariate(0, 0.5), 12) for _ in range(3)])
print([round(random.gammavariate(2.5, 1.5), 10) for _ in range(3)])
print([round(random.gammavariate(0.5, 1.0), 10) for _ in range(3)])
print([round(random.betavariate(2, 3), 10) for _ in range(3)])
print([round(random.paretovariate(3), 12) for _ in range(3)])
print([round(random.weibullvariate(1, 2), 12) for _ in range(3)])
print([round(random.vonmisesvariate(1, 4), 12) for _ in range(3)])
