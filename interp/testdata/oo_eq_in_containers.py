# Checks that list.index/count/remove, `in` and list == use __eq__ of user objects.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return isinstance(other, Card) and self.rank == other.rank and self.suit == other.suit

    def __repr__(self):
        return self.rank + self.suit


hand = [Card("A", "s"), Card("10", "h"), Card("A", "s"), Card("2", "c")]
print(Card("A", "s") in hand, Card("K", "d") in hand)
print(hand.count(Card("A", "s")), hand.index(Card("2", "c")))
hand.remove(Card("A", "s"))
print(hand)
print(hand == [Card("10", "h"), Card("A", "s"), Card("2", "c")], [Card("2", "c")] == ["2c"])
print((Card("A", "s"), 1) == (Card("A", "s"), 1))
try:
    hand.index(Card("Q", "h"))
except ValueError as e:
    print(type(e).__name__, e)
