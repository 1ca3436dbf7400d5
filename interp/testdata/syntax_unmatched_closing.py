# Checks SyntaxError "unmatched ')'" for a stray closing parenthesis.
x = 1
print("not printed")
y = x + 1)
