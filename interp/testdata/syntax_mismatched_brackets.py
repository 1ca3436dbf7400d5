# Checks SyntaxError "closing parenthesis ']' does not match opening parenthesis '('".
x = 1
print("not printed")
y = (x + 1]
