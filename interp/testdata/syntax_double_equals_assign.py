# Checks SyntaxError "invalid syntax" for "x = = 1".
y = 2
print("not printed")
x = = 1
