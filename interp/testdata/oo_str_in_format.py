# Checks user objects in f-strings, %-formatting, str.format and str.join, with __str__/__repr__ dispatch.
class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __str__(self):
        return str(self.deg) + "C"

    def __repr__(self):
        return "Temp(" + str(self.deg) + ")"


t = Temp(21)
print(f"now {t}, repr {t!r}, str {t!s}")
print("%s / %r" % (t, t))
print("{} and {!r}".format(t, t))
print(", ".join(str(x) for x in [Temp(1), Temp(2)]))
print(f"{[t, t]}", f"{str(t):>6}|")
print(str(t) + "!", "value: " + repr(t))
