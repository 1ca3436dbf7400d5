# Checks keyword arguments: any order, mixed with positional, and the errors for duplicates/unknown names.
def describe(name, age, city="nowhere"):
    return name + " " + str(age) + " " + city
print(describe("Ann", 30))
print(describe(age=40, name="Bob"))
print(describe("Cy", city="Oslo", age=5))
print(describe(city="Rome", age=1, name="Di"))
try:
    describe("Ed", name="Ed2", age=1)
except TypeError as e:
    print("TypeError:", e)
try:
    describe("Fay", 1, zip=3)
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe("a", 1, "c", "d")
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], reverse=True), int("11", base=2))
