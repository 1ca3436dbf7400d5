# Checks that from package import submodule imports it and binds it in the package.
import imppkg_lazy

print(hasattr(imppkg_lazy, "sub1"), hasattr(imppkg_lazy, "sub2"))
from imppkg_lazy import sub1

print(sub1.value, hasattr(imppkg_lazy, "sub1"), imppkg_lazy.sub1 is sub1)
import imppkg_lazy.sub2 as s2

print(s2.value, imppkg_lazy.sub2 is s2)
from imppkg_lazy.sub1 import value

print(value)
from imppkg_lazy import sub1, sub2

print(sub1.value + sub2.value)
