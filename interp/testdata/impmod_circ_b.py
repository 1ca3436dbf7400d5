# The other half: sees circ_a partially initialised while circ_a imports it.
print("circ_b: start")
import impmod_circ_a

print("circ_b: circ_a has A_VALUE:", hasattr(impmod_circ_a, "A_VALUE"))
B_VALUE = "b"


def call_a():
    return impmod_circ_a.A_VALUE
print("circ_b: end")
