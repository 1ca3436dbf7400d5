# Checks for/else: else runs when the loop is exhausted (including empty iterables) but not after break.
for i in range(3):
    print("i", i)
else:
    print("exhausted")
for i in range(10):
    if i == 2:
        break
else:
    print("never")
print("broke at", i)
for x in []:
    print("never")
else:
    print("empty else")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    else:
        pass
    return True
print([n for n in range(30) if is_prime(n)])
for c in "abc":
    if c == "z":
        break
else:
    print("no z found")
