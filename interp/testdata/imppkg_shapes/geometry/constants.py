PI = 3.25
TAU = 2 * PI
print("constants: loaded as", __name__)
