# Checks iterating over strings with for, enumerate, comprehensions and reversed.
for ch in "abc":
    print(ch)
for i, ch in enumerate("xyz"):
    print(i, ch)
print([c * 2 for c in "hey"])
print([c for c in "a1b2c3" if c.isdigit()])
print(list(reversed("abc")))
vowels = 0
for ch in "the quick brown fox":
    if ch in "aeiou":
        vowels += 1
print(vowels)
for ch in "":
    print("never")
print(list("日本"))
