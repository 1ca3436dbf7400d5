# Checks sys.getrecursionlimit/setrecursionlimit and catching RecursionError from deep recursion.
import sys
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(100))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
