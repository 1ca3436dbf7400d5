# JIT: a loop whose accumulator changes type mid-loop: int -> float -> big int -> float.
def run(n):
    acc = 0
    out = []
    for i in range(n):
        if i == 300:
            acc = acc * 1.5
        if i == 600:
            acc = int(acc) * 10 ** 20
        if i == 900:
            acc = acc / 7
        acc = acc + i
        if i % 150 == 0:
            out.append(repr(acc))
    return acc, out

acc, out = run(1200)
print(acc)
for line in out:
    print(line)
