# Checks raise ValueError('bad') at module level after some output.
print("about to raise")
raise ValueError('bad')
