# Checks SyntaxError "invalid syntax" for a binary operator with no right operand.
x = 1
print("not printed")
y = x +
