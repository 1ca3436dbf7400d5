# Goes one level above the top-level package.
from .. import something
