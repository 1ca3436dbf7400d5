# Checks an uncaught custom exception with its own __init__ and super().__init__ (message from args[0]) and no-arg custom exceptions.
class AppError(Exception):
    pass


class HttpError(AppError):
    def __init__(self, code, reason):
        super().__init__("HTTP %d: %s" % (code, reason))
        self.code = code


class Fetcher:
    def get(self, path):
        if path != "/":
            raise HttpError(404, "not found " + path)
        return "ok"


f = Fetcher()
print(f.get("/"))
f.get("/missing")
