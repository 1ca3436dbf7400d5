# Checks a relative import above the top-level package.
import imppkg_beyond
print("package ok", imppkg_beyond.__name__)
import imppkg_beyond.inner
