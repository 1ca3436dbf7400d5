# Checks abstract methods through inheritance chains: partial implementations and overriding with abstract.
from abc import ABC, abstractmethod

class Animal(ABC):
    @abstractmethod
    def sound(self):
        ...

    @abstractmethod
    def legs(self):
        ...

    def intro(self):
        return f"{type(self).__name__}: {self.sound()} on {self.legs()} legs"

class Quadruped(Animal):
    def legs(self):
        return 4

class Dog(Quadruped):
    def sound(self):
        return "woof"

class Bird(Animal):
    def sound(self):
        return "tweet"

    def legs(self):
        return 2

class Robot(Dog):
    @abstractmethod
    def sound(self):
        ...

for cls in (Animal, Quadruped, Dog, Bird, Robot):
    try:
        print(cls().intro())
    except TypeError as e:
        print("TypeError:", e)
print([sorted(c.__abstractmethods__) for c in (Animal, Quadruped, Dog, Bird, Robot)])
zoo = [Dog(), Bird(), Dog()]
print(sum(a.legs() for a in zoo), [a.sound() for a in zoo], all(isinstance(a, Animal) for a in zoo))

class Repo(ABC):
    def __init__(self):
        self.items = {}

    @abstractmethod
    def key(self, item):
        ...

    def add(self, item):
        self.items[self.key(item)] = item
        return self

class ByLen(Repo):
    def key(self, item):
        return len(item)

r = ByLen().add("a").add("bb").add("cc")
print(r.items)
