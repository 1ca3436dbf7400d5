# Checks INDENT/DEDENT handling: nested blocks, multi-level dedent, blank lines and comment-only lines inside blocks.
def classify(n):
    if n < 0:
        return "neg"
    else:
        if n == 0:
            return "zero"

        # a comment line at a different indentation
  # and one less indented than the block
        elif n < 10:
            if n % 2 == 0:
                return "small even"
            return "small odd"
    return "big"


for i in [-3, 0, 4, 7, 12]:
    print(i, classify(i))
total = 0
for i in range(3):
    for j in range(3):
        if i == j:
                total += 100
        else:
         total += 1
print("total", total)
if True:
	print("tab indented block")
	if True:
		print("two tabs")
print("done")
