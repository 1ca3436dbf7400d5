# A circular import that fails: circ_d wants a name circ_c has not bound yet.
import impmod_circ_d

C_VALUE = 1
