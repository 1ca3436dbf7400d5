value = 1
print("imppkg_lazy.sub1: loaded")
