# Checks subclassing list: a Stack with push/pop/peek that still works as a list (len, iteration, repr, slicing).
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return len(self) == 0


s = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__, s[1:3], type(s[1:3]).__name__)
print(sum(s), 9 in s, s.is_empty(), Stack([1, 2]) == [1, 2])
while not s.is_empty():
    s.pop()
print(s, s.is_empty())


class Matrix(list):
    def __init__(self, rows):
        super().__init__(rows)
        self.n = len(rows)

    def trace(self):
        return sum(self[i][i] for i in range(self.n))


m = Matrix([[1, 2], [3, 4]])
print(m, m.trace(), m.n)
