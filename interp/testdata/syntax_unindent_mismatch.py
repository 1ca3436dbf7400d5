# Checks IndentationError "unindent does not match any outer indentation level".
def f():
    print("not printed")

    if True:
        return 1
  return 2
