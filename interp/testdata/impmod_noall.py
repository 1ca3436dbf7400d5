# No __all__: import * exports the names not starting with an underscore.
import impmod_state as _state_alias
public_value = 10
_private_value = 20


def public_func():
    return public_value + _private_value


class PublicClass:
    pass
