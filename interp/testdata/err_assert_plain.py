# Checks an uncaught AssertionError without a message.
x = 3
assert x == 3
assert x > 5
print("never")
