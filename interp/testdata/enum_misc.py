# Checks _ignore_, nested dict lookups by member, Enum in a state machine loop and class-level attributes.
from enum import Enum

class Light(Enum):
    RED = 1
    GREEN = 2
    YELLOW = 3

TRANSITIONS = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
state = Light.RED
seen = []
counts = {l: 0 for l in Light}
for step in range(20):
    counts[state] += 1
    seen.append(state.name[0])
    state = TRANSITIONS[state]
print("".join(seen), counts, state)

class Temp(Enum):
    _ignore_ = ["helper"]
    helper = 5
    HOT = 1
    COLD = 2

print(list(Temp), hasattr(Temp, "helper"))

class WithConst(Enum):
    A = 1
    B = 2

    def label(self):
        return self.name * self.value

print([m.label() for m in WithConst], WithConst.A._value_, WithConst.B._name_)
print(WithConst._member_map_, WithConst._value2member_map_)

class Suit(Enum):
    CLUBS = "c"
    DIAMONDS = "d"
    HEARTS = "h"
    SPADES = "s"

deck = [(rank, suit) for suit in Suit for rank in range(1, 4)]
print(len(deck), deck[0], deck[-1])
by_suit = {}
for rank, suit in deck:
    by_suit.setdefault(suit, []).append(rank)
print(by_suit)
print(Suit("h").name, [s.value for s in Suit if s is not Suit.CLUBS])
