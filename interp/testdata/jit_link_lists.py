# JIT: inner loops over lists inside hot outer loops (list iterators made
# in the trace), breaks and continues out of inner loops, and lists that
# change length or item types between outer iterations.
def rows_sum(grid):
    total = 0.0
    for row in grid:
        for x in row:
            total += x
    return total

def first_negative(rows):
    found = []
    for row in rows:
        for i in range(len(row)):
            if row[i] < 0:
                found.append(i)
                break
        else:
            found.append(-1)
    return found

def skip_odd(rows):
    acc = 0
    for row in rows:
        for x in row:
            if x % 2:
                continue
            acc += x
    return acc

def growing(n):
    xs = []
    acc = 0
    for i in range(n):
        xs.append(i)
        for x in xs:
            acc += x
    return acc

def mixed(n):
    rows = [[1, 2, 3], [1.5, 2.5], [4, 5.5, 6], [], [7]]
    acc = 0
    for k in range(n):
        for row in rows:
            for x in row:
                acc += x
    return acc

grid = [[float(i * 10 + j) for j in range(70)] for i in range(80)]
print(rows_sum(grid))
rows = [[(i * 7 + j * 3) % 11 - (5 if j == i % 9 else 0) for j in range(12)] for i in range(200)]
print(first_negative(rows))
print(skip_odd(rows))
print(growing(300))
print(mixed(200))
