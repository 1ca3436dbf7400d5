# Checks custom exception classes calling super().__init__(msg): str(e), e.args, extra attributes, repr.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field + ": " + msg)
        self.field = field


try:
    raise AppError("plain failure")
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field)
    print(isinstance(e, Exception), isinstance(e, ValidationError))
try:
    raise AppError("a", 2)
except AppError as e:
    print(e, e.args)
e = AppError()
print(repr(str(e)), e.args, repr(e))
