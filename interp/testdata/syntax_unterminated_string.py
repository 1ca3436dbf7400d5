# Checks SyntaxError "unterminated string literal (detected at line N)".
x = 1
print("not printed")
s = "no closing quote
