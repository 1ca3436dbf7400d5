# Checks assert: passing asserts are silent, failing ones raise AssertionError with or without message.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [] , "empty list is falsy"
except AssertionError as e:
    print("message:", e)
try:
    x = 5
    assert x < 0, "x was " + str(x)
except AssertionError as e:
    print(repr(e))
try:
    assert False, 42
except AssertionError as e:
    print(e.args)
print("end")
