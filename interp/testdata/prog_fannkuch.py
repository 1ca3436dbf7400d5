# Program: fannkuch-redux for small n (permutations via counting, prefix reversals, checksum, max flips).


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        while True:
            if r == n:
                return checksum, max_flips, perm_count + 1
            perm0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def flips_of(perm):
    p = perm[:]
    flips = 0
    while p[0] != 0:
        k = p[0]
        p[:k + 1] = p[k::-1]
        flips += 1
    return flips, p


for n in range(1, 8):
    checksum, max_flips, total = fannkuch(n)
    print(f"{checksum}\nPfannkuchen({n}) = {max_flips}  [{total} permutations]")

for perm in [[0, 1, 2], [2, 0, 1], [3, 1, 0, 2], [1, 0], [4, 3, 2, 1, 0], [2, 4, 1, 3, 0]]:
    f, final = flips_of(perm)
    print(perm, "->", final, "in", f, "flips")

xs = list(range(8))
xs[:4] = xs[3::-1]
print(xs)
xs[2:6] = xs[5:1:-1]
print(xs)
fact = 1
for i in range(1, 8):
    fact *= i
print("7! =", fact)
