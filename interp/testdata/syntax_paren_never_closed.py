# Checks SyntaxError "'(' was never closed" for an unclosed call parenthesis at the end of the file.
x = 1
print("this line must not run")
y = max(x, 2
