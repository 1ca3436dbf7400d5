# Checks common dict reporting idioms: sorted by key, by value, top-N, max/min by value, and sum of values.
scores = {"ann": 82, "bob": 95, "cy": 78, "di": 95, "eve": 60}
print(sorted(scores))
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(scores, key=scores.get), min(scores.values()), sum(scores.values()))
print([k for k, v in scores.items() if v >= 80])
print(dict(sorted(scores.items(), key=lambda kv: kv[1], reverse=True)))
