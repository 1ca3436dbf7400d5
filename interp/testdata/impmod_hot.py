# Functions with hot loops, called from the main program (for the JIT).
SCALE = 3
table = [i * i for i in range(10)]


def weighted_sum(n):
    total = 0
    for i in range(n):
        total += table[i % 10] * SCALE
    return total


def collatz_steps(limit):
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > best:
            best = steps
    return best


def set_scale(s):
    global SCALE
    SCALE = s
