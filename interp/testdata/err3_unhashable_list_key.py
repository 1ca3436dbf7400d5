# Checks the uncaught TypeError for a list used as a set member inside a function.
def index_rows(rows):
    seen = set()
    for r in rows:
        seen.add(r)
    return seen


print(len(index_rows([(1, 2), (1, 2)])))
index_rows([[1, 2]])
