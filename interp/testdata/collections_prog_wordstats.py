# Checks a text-statistics program combining Counter, defaultdict, OrderedDict and namedtuple in loops.
from collections import Counter, defaultdict, OrderedDict, namedtuple

TEXT = """the quick brown fox jumps over the lazy dog
a quick movement of the enemy will jeopardize six gunboats
all questions asked by five watched experts amaze the judge
the five boxing wizards jump quickly and the dog sleeps"""

Stat = namedtuple("Stat", "word count first_line")
lines = TEXT.split("\n")
words = Counter()
first_seen = OrderedDict()
by_length = defaultdict(list)
letters = Counter()
for lineno, line in enumerate(lines, 1):
    for w in line.split():
        words[w] += 1
        if w not in first_seen:
            first_seen[w] = lineno
        letters.update(w)
for w in first_seen:
    by_length[len(w)].append(w)

stats = [Stat(w, n, first_seen[w]) for w, n in words.most_common(6)]
for s in stats:
    print(f"{s.word:>8} {s.count} line {s.first_line}")
print(len(words), words.total(), sum(1 for w in words if words[w] == 1))
print({n: len(ws) for n, ws in sorted(by_length.items())})
print(by_length[5][:4])
print(letters.most_common(5), len(letters))
pangram_lines = [i for i, line in enumerate(lines, 1) if len(set(line.replace(" ", ""))) == 26]
print(pangram_lines)
recent = OrderedDict()
for w in TEXT.split():
    recent[w] = recent.get(w, 0) + 1
    recent.move_to_end(w)
    if len(recent) > 5:
        recent.popitem(last=False)
print(recent)
common = Counter(lines[0].split()) & Counter(lines[3].split())
print(common, sorted(common.elements()))
print(max(stats, key=lambda s: (s.count, s.word))._asdict())
