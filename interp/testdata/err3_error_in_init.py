# Checks a traceback for an exception raised inside __init__ via a helper method (frames __init__ and the helper).
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.check()

    def check(self):
        width = len(self.rows[0])
        for r in self.rows:
            if len(r) != width:
                raise ValueError("ragged matrix: row of length %d, expected %d" % (len(r), width))


m = Matrix([[1, 2], [3, 4]])
print(len(m.rows))
Matrix([[1, 2], [3]])
