# Checks raise ... from ...: __cause__, __context__ and raise from None suppressing context.
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config: " + text) from e


try:
    load("x1")
except ConfigError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, isinstance(e.__cause__, ValueError))


def quiet():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None


try:
    quiet()
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__)
