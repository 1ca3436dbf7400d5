# Checks class attributes shared by instances versus instance attributes, shadowing and del restoring the class value.
class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, t):
        self.tricks.append(t)


a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks is a.tricks, Dog.tricks)
print("name" in a.__dict__, "species" in a.__dict__)
