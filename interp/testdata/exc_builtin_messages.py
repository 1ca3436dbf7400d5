# Checks the messages of common builtin exceptions raised by operations, caught and printed with their type.
def show(code):
    n = 5
    try:
        if code == 0:
            return 1 + "a"
        if code == 1:
            return "a" + 1
        if code == 2:
            return n[0]
        if code == 3:
            return n()
        if code == 4:
            return [1, 2] * 1.5
        if code == 5:
            return -"a"
        if code == 6:
            return len(5)
        if code == 7:
            return "abc" * "d"
        if code == 8:
            a, b = [1, 2, 3]
        if code == 9:
            a, b, c = [1, 2]
        if code == 10:
            return {}[[1]]
        if code == 11:
            return int(None)
        if code == 12:
            return None + 1
        if code == 13:
            return [1] < 2
        if code == 14:
            return "%d" % "x"
        if code == 15:
            return 1.5 & 1
        if code == 16:
            return ~1.5
    except Exception as e:
        return str(type(e)) + " " + str(e)
for code in range(17):
    print(code, show(code))
