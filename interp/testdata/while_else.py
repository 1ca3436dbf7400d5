# Checks while loops with else: else runs on normal exit, not after break; zero-iteration loops.
n = 0
while n < 3:
    print("loop", n)
    n += 1
else:
    print("else ran, n =", n)
n = 0
while n < 10:
    if n == 4:
        print("breaking at", n)
        break
    n += 1
else:
    print("never printed")
while False:
    print("never")
else:
    print("else of empty while")
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([5, 6, 7], 6), find([5, 6, 7], 9))
