# Checks single, double and triple-quoted string literals and quotes nested in other quote kinds.
print('single')
print("double")
print('it"s')
print("it's")
print('''triple single with 'quotes' and "doubles"''')
print("""triple double
spanning lines
  with indentation""")
s = """\
no leading newline"""
print(s)
print('')
print("")
print(len(''''''), len(""""""))
print('a' "b" '''c''' """d""")
print("""ends with quote\"""")
