# Checks keyword arguments: any order, mixed with positional, and keyword names matching parameters.
def describe(name, age, city):
    return name + " is " + str(age) + " and lives in " + city


print(describe("Ann", 30, "Oslo"))
print(describe(age=41, city="Rome", name="Bob"))
print(describe("Cy", city="Lima", age=25))
print(describe("Di", 19, city="Kyiv"))


def power(base, exp):
    return base ** exp


print(power(2, 10), power(exp=2, base=10), power(3, exp=3))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print("a", "b", "c", sep="-", end="!\n")
