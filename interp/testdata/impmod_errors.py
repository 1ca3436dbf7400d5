# An exception class defined in a module.
class ValidationError(Exception):
    pass


def validate(n):
    if n < 0:
        raise ValidationError("negative: %d" % n)
    return n
