value = 2
print("imppkg_lazy.sub2: loaded")
