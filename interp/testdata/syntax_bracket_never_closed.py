# Checks SyntaxError "'[' was never closed" for an unclosed list literal spanning lines.
a = 1
print("not printed")
xs = [1, 2,
      3
