# Checks slice bounds clamping for out-of-range and mixed-sign start/stop, and empty results.
xs = [10, 20, 30, 40, 50]
print(xs[-100:100], xs[3:1], xs[2:-1], xs[-2:5], xs[5:], xs[:-5], xs[-1:-1])
print(xs[1:100:2], xs[-100:3:2], xs[4:-100:-1], xs[10:3:-1])
print("hello"[1:-1], "hello"[-3:], "hello"[10:], "hello"[:-10] == "")
print((1, 2, 3)[5:9], (1, 2, 3)[-5:1], list(range(5))[3:100])
