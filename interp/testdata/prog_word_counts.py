# Program: text processing with str methods and dicts: word frequencies, letter counts, longest words, formatting.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on
its being received, for good or for evil, in the superlative degree of
comparison only."""


def normalize(word):
    return word.strip(".,;:!?-\"'").lower()


def count_words(text):
    counts = {}
    for raw in text.split():
        w = normalize(raw)
        if not w:
            continue
        counts[w] = counts.get(w, 0) + 1
    return counts


def by_count_then_word(item):
    return (-item[1], item[0])


def word_len(w):
    return len(w)


counts = count_words(TEXT)
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
ranked = sorted(counts.items(), key=by_count_then_word)
for word, n in ranked[:10]:
    print(f"{word:<12}{n:>3} {'#' * n}")

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=by_count_then_word)[:6]
print("top letters:", ", ".join([f"{c}={n}" for c, n in top]))
print("letters total:", sum(letters.values()))

longest = sorted(counts, key=word_len, reverse=True)[:5]
print("longest:", longest)

lines = TEXT.split("\n")
for i, line in enumerate(lines, 1):
    words = line.split()
    print(f"{i:>2}: {len(words):>2} words, {len(line):>3} chars, starts {words[0]!r}, ends {words[-1]!r}")

by_first = {}
for w in counts:
    by_first.setdefault(w[0], []).append(w)
for letter in sorted(by_first)[:6]:
    print(letter, "->", " ".join(sorted(by_first[letter])))

title = " ".join([w.capitalize() for w in "a tale of two cities".split()])
print(title, "|", title.upper(), "|", title.lower())
sentence = TEXT.replace("\n", " ")
print(sentence.count("it was"), sentence.find("wisdom"), sentence.rfind("period"))
print(sentence[:40].center(50, "*"))
parts = sentence.split(", ")
print(len(parts), parts[1], parts[-1])
acr = "".join([w[0].upper() for w in "portable network graphics".split()])
print(acr, acr.lower().zfill(6), "-".join(list(acr)))
