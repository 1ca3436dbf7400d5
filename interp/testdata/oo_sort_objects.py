# Checks sorting user objects with only __lt__, with key functions on attributes, and sort stability.
class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return "%s:%d" % (self.name, self.pri)


tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2"), Task(3, "c2")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(sorted(tasks, key=lambda t: t.name))
print(min(tasks), max(tasks))
tasks.sort(key=lambda t: (-t.pri, t.name))
print(tasks)
print(Task(1, "x") > Task(0, "y"))
