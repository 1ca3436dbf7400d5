# Checks an uncaught ValueError converting a long decimal string to int.
digits = "12345" * 1000
print(int(digits[:4300]) % 97)
print(int(digits))
