# Checks SyntaxError "'continue' not properly in loop" inside a function body.
def f():
    print("not printed")
    continue
f()
