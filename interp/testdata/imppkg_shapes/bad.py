# Fails while being imported.
def check(limit):
    items = [1, 2, 3]
    return items[limit]


check(5)
