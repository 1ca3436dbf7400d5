# Checks issubset/issuperset/isdisjoint with sets, lists, ranges and generators as arguments.
s = {2, 4}
print(s.issubset({1, 2, 3, 4}), s.issubset([2]), s.issubset(range(10)))
print(s.issuperset([4]), s.issuperset(x for x in [2, 4, 6]), set().issubset(s))
print(s.isdisjoint({1, 3}), s.isdisjoint([4, 5]), s.isdisjoint(""), set().isdisjoint(set()))
vowels = set("aeiou")
for w in ["rhythm", "queue", "sky", "idea"]:
    print(w, vowels.isdisjoint(w), set(w).issubset(vowels))
