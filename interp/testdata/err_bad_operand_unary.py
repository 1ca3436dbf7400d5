# Checks TypeError: bad operand type for unary -: 'str'.
s = "text"
print(-len(s))
print(-s)
