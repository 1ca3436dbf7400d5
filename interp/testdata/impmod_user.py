# Imports impmod_state too and changes it.
import impmod_state
from impmod_state import log as state_log


def use():
    impmod_state.bump("user")
    state_log.append("user-direct")
    return impmod_state.count
