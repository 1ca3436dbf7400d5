# Checks pass as a placeholder in functions, loops, if branches and except blocks.
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print("loop var", i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    1 / 0
except ZeroDivisionError:
    pass
print("done")
