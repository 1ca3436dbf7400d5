# random: 10,000 mixed draws per seed (checksums per 1,000 plus raw values) reproduce CPython's Mersenne Twister and random.py algorithms.
import random

M = (1 << 61) - 1


def mix(acc, n):
    return (acc * 1000003 + n) % M


seeds = [0, 1, 12345, -99, 2**64 + 17, 10**40, -(2**100), "tracejit", "", "é∑"]
for s in seeds:
    random.seed(s)
    print("seed", repr(s))
    for block in range(10):
        acc = 0
        for i in range(1000):
            k = i % 10
            if k == 0:
                v = int(random.random() * 9007199254740992)
            elif k == 1:
                v = random.randint(-1000, 1000)
            elif k == 2:
                v = random.randrange(0, 10**12, 7)
            elif k == 3:
                v = random.randrange(50, -50, -3)
            elif k == 4:
                v = ord(random.choice("abcdefghijklmnopqrstuvwxyz"))
            elif k == 5:
                v = int(random.uniform(-5, 5) * 2**40)
            elif k == 6:
                v = int(random.gauss(10, 3) * 2**40)
            elif k == 7:
                v = random.getrandbits(1 + block * 10 + i % 10)
            elif k == 8:
                xs = list(range(10))
                random.shuffle(xs)
                v = int("".join([str(x) for x in xs]))
            else:
                v = random.randrange(2**70)
            acc = mix(acc, v)
        print(" block", block, acc)
    print(" raw", random.random(), random.getrandbits(100), random.randint(1, 6))
    print(" raw", random.gauss(0, 1), random.gauss(0, 1), random.uniform(2, 3))
    print(" raw", [random.getrandbits(k) for k in range(1, 101, 11)])
    xs = list(range(20))
    random.shuffle(xs)
    print(" raw", xs, random.choice(xs), random.randrange(-10**30, 10**30, 3))
