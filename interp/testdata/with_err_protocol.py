# using a non-context-manager in a with statement is a TypeError at the with line
def read_all(source):
    result = []
    with source as s:
        result.extend(s)
    return result


class Thing:
    def __enter__(self):
        return [1, 2]


print("start")
read_all(Thing())
