# Checks if/elif/else chains: first matching branch only, missing else, nested ifs and non-bool conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 90, 85, 72, 10, -5]:
    print(s, grade(s))
x = 0
if x:
    print("never")
elif x == 0:
    print("zero branch")
if []:
    print("never")
elif "non-empty":
    print("string truthy")
else:
    print("never")
if None:
    print("never")
print("only if, no else")
for v in [1, 2, 3]:
    if v == 1:
        if v > 0:
            print("nested one")
    elif v == 2:
        pass
    else:
        print("three")
