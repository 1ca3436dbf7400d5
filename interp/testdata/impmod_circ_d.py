from impmod_circ_c import C_VALUE

D_VALUE = C_VALUE + 1
