# Imports none of its submodules.
print("imppkg_lazy: init")
