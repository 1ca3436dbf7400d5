# Checks comments: full-line, trailing, after colons, hash characters inside strings.
# a leading comment
x = 5  # trailing comment
print(x)  # another
print("# not a comment")
print('a # b')
if x:  # comment after colon
    # comment inside block
    print("in block")  # trailing
    # comment before dedent
print("after")    #
def f():  # comment on def
    # only a comment then a statement
    return 1
print(f())
#print("never printed")
print("end")  # final
