# Checks plain recursion: factorial (big ints), fibonacci, power set size, recursive list flattening, hanoi.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)
print(fact(0), fact(5), fact(25))
print([fib(i) for i in range(15)])
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
hanoi(4, "A", "C", "B")
print(len(moves), moves[:7])
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
