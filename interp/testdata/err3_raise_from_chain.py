# Checks the chained traceback for raise ... from e with a custom exception class.
class ConfigError(Exception):
    pass


def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("invalid port: " + text) from e


print(read_port("8080"))
read_port("http")
