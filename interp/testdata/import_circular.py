# Checks a circular import that works: the second module sees the first partially initialised.
import impmod_circ_a
import impmod_circ_b

print(impmod_circ_a.from_b())
print(impmod_circ_b.call_a())
