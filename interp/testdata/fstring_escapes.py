# Checks {{ and }} escapes in f-strings and str.format, and literal text around fields.
v = 5
print(f"{{}}")
print(f"{{v}} = {v}")
print(f"{{{v}}}")
print(f"a{{b}}c {v}{{")
print("{{x}} {0}".format(1))
print(f"}}{v}{{")
print(f"100% {v}")
print(f"tab\there {v}\n{v}")
