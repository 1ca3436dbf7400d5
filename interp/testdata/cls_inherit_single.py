# Checks single inheritance: inherited methods, overrides, calling the base method explicitly, and attribute lookup order.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + Animal.kind(self)


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"


for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), "|", a.kind())
print(isinstance(Puppy("p"), Animal), Puppy.sound, Puppy("q").name)
