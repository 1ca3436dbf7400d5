# Checks an inner function that calls itself recursively through its own closure cell.
def flatten(nested):
    out = []

    def walk(x):
        if isinstance(x, list):
            for item in x:
                walk(item)
        else:
            out.append(x)
    walk(nested)
    return out


print(flatten([1, [2, [3, [4]], 5], [[6]]]))


def fib_memo():
    memo = {}

    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib


fib = fib_memo()
print(fib(50), fib(10))
