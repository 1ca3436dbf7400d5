# Word count: build a deterministic text from syllables with a linear
# congruential generator, count the words and letter pairs in dicts and
# print the most frequent ones. Dict-heavy with string keys.
#
# usage: wordcount.py [WORDS]

import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el", "or", "ux"]


def make_text(nwords, seed):
    words = []
    state = seed
    for _ in range(nwords):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 1 + (state >> 16) % 3
        w = ""
        for _ in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            w += SYLLABLES[(state >> 16) % len(SYLLABLES)]
        words.append(w)
    return " ".join(words)


def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_pairs(text):
    pairs = {}
    for i in range(len(text) - 1):
        p = text[i:i + 2]
        if p in pairs:
            pairs[p] += 1
        else:
            pairs[p] = 1
    return pairs


def top(counts, k):
    ranked = sorted([(-c, w) for w, c in counts.items()])
    return [(w, -c) for c, w in ranked[:k]]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    text = make_text(n, 7)
    words = count_words(text)
    pairs = count_pairs(text)
    print("%d words, %d distinct, %d letter pairs" % (n, len(words), len(pairs)))
    for w, c in top(words, 8):
        print("%-8s %d" % (w, c))
    for p, c in top(pairs, 5):
        print("%r %d" % (p, c))


main()
