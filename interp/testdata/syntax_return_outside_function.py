# Checks SyntaxError "'return' outside function" at module level.
x = 1
print("not printed")
return x
