# Checks an uncaught IndexError 'string index out of range' raised inside a loop.
s = "abc"
for i in range(5):
    print(s[i])
