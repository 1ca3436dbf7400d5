# Half of a circular import that works: each side only uses the other later.
print("circ_a: start")
import impmod_circ_b

A_VALUE = "a"


def from_b():
    return impmod_circ_b.B_VALUE + "+" + impmod_circ_b.call_a()
print("circ_a: end")
