# Program: ASCII mandelbrot render using float arithmetic only, plus iteration statistics.


def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return max_iter


PALETTE = " .:-=+*#%@"
WIDTH = 64
HEIGHT = 24
MAX_ITER = 60

histogram = {}
inside = 0
rows = []
for y in range(HEIGHT):
    ci = -1.2 + 2.4 * y / (HEIGHT - 1)
    line = ""
    for x in range(WIDTH):
        cr = -2.1 + 2.8 * x / (WIDTH - 1)
        n = escape_time(cr, ci, MAX_ITER)
        histogram[n] = histogram.get(n, 0) + 1
        if n == MAX_ITER:
            inside += 1
            line += "@"
        else:
            line += PALETTE[n * (len(PALETTE) - 1) // MAX_ITER]
    rows.append(line)
for r in rows:
    print(r.rstrip())

print("inside points:", inside, "of", WIDTH * HEIGHT)
print(f"area estimate: {inside / (WIDTH * HEIGHT) * 2.8 * 2.4:.6f}")
common = sorted(histogram.items())[:10]
print(common)
print("symmetric rows:", rows[0] == rows[-1], rows[3] == rows[HEIGHT - 4])

points = [(0.0, 0.0), (-1.0, 0.0), (0.25, 0.0), (0.26, 0.0), (-0.75, 0.1), (-2.0, 0.0), (0.3, 0.5), (-0.1, 0.65)]
for cr, ci in points:
    print(f"c = ({cr:+.2f}, {ci:+.2f}) -> {escape_time(cr, ci, 1000)}")

zr, zi = 0.0, 0.0
orbit = []
for i in range(6):
    zr, zi = zr * zr - zi * zi - 0.5, 2 * zr * zi + 0.5
    orbit.append(f"({zr:.6f},{zi:.6f})")
print(" ".join(orbit))


def julia_row(y, cr, ci, width):
    out = []
    for x in range(width):
        zr = -1.6 + 3.2 * x / (width - 1)
        zi = y
        n = 0
        while n < 40 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            n += 1
        out.append("#" if n == 40 else " .:oO"[n % 5])
    return "".join(out)


for row in range(9):
    print(julia_row(-1.0 + row * 0.25, -0.8, 0.156, 48))
