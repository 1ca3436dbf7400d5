# Checks SyntaxError "'break' outside loop" inside an if at module level.
x = 1
print("not printed")
if x:
    break
