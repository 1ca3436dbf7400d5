# Checks SyntaxError "invalid decimal literal" for a trailing underscore in a number.
x = 1
print("not printed")
y = 1_000_
