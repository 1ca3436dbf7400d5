# Checks the global statement: rebinding module names from functions, reading globals without it, and locals shadowing.
counter = 0
def increment():
    global counter
    counter += 1
def read_only():
    return counter * 10
def shadow():
    counter = "local"
    return counter
def create():
    global created
    created = "made in function"
for i in range(3):
    increment()
print(counter, read_only(), shadow(), counter)
create()
print(created)
items = []
def mutate():
    items.append(len(items))
mutate()
mutate()
print(items)
