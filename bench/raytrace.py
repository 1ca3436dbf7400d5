# A small ray tracer: spheres over a checkered plane, one point light with
# shadows, Lambert shading and mirror reflections. Vectors are 3-tuples.
# Prints a checksum of the quantized image instead of the image.
#
# usage: raytrace.py [WIDTH]   (the image is WIDTH x WIDTH*3/4)

import sys
import math

EPS = 1e-6
FAR = 1e30
MAX_DEPTH = 3

# (center, radius, color, reflectivity)
SPHERES = [
    ((0.0, 1.0, 3.0), 1.0, (0.9, 0.2, 0.2), 0.3),
    ((-2.1, 0.7, 4.0), 0.7, (0.2, 0.9, 0.3), 0.1),
    ((1.9, 0.5, 2.2), 0.5, (0.3, 0.4, 1.0), 0.6),
    ((0.6, 0.3, 1.2), 0.3, (0.9, 0.9, 0.2), 0.0),
]
LIGHT = (-4.0, 6.0, -3.0)
EYE = (0.0, 1.2, -3.0)
AMBIENT = 0.12


def add(a, b):
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a, s):
    return (a[0] * s, a[1] * s, a[2] * s)


def mul(a, b):
    return (a[0] * b[0], a[1] * b[1], a[2] * b[2])


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def unit(a):
    n = math.sqrt(dot(a, a))
    return (a[0] / n, a[1] / n, a[2] / n)


def hit_sphere(center, radius, orig, d):
    oc = sub(orig, center)
    b = dot(oc, d)
    c = dot(oc, oc) - radius * radius
    disc = b * b - c
    if disc < 0.0:
        return FAR
    root = math.sqrt(disc)
    t = -b - root
    if t > EPS:
        return t
    t = -b + root
    if t > EPS:
        return t
    return FAR


def hit_plane(orig, d):
    # the plane y = 0
    if d[1] > -EPS:
        return FAR
    t = -orig[1] / d[1]
    if t > EPS:
        return t
    return FAR


def nearest(orig, d):
    best = FAR
    index = -1
    for i in range(len(SPHERES)):
        center, radius, color, refl = SPHERES[i]
        t = hit_sphere(center, radius, orig, d)
        if t < best:
            best = t
            index = i
    t = hit_plane(orig, d)
    if t < best:
        best = t
        index = len(SPHERES)
    return best, index


def shadowed(point, to_light, dist):
    t, index = nearest(point, to_light)
    return index >= 0 and t < dist


def trace(orig, d, depth):
    t, index = nearest(orig, d)
    if index < 0:
        k = 0.5 * (d[1] + 1.0)
        return add(scale((1.0, 1.0, 1.0), 1.0 - k), scale((0.4, 0.6, 1.0), k))
    point = add(orig, scale(d, t))
    if index == len(SPHERES):
        normal = (0.0, 1.0, 0.0)
        if (math.floor(point[0]) + math.floor(point[2])) % 2 == 0:
            color = (0.9, 0.9, 0.9)
        else:
            color = (0.15, 0.15, 0.15)
        refl = 0.2
    else:
        center, radius, color, refl = SPHERES[index]
        normal = scale(sub(point, center), 1.0 / radius)
    light_vec = sub(LIGHT, point)
    dist = math.sqrt(dot(light_vec, light_vec))
    to_light = scale(light_vec, 1.0 / dist)
    shade = AMBIENT
    lambert = dot(normal, to_light)
    if lambert > 0.0 and not shadowed(point, to_light, dist):
        shade += lambert * (1.0 - AMBIENT)
    result = scale(color, shade)
    if refl > 0.0 and depth < MAX_DEPTH:
        r = sub(d, scale(normal, 2.0 * dot(d, normal)))
        result = add(scale(result, 1.0 - refl), scale(trace(point, r, depth + 1), refl))
    return result


def quantize(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)


def render(width, height):
    checksum = 0
    total = [0, 0, 0]
    aspect = width / height
    for y in range(height):
        for x in range(width):
            px = (2.0 * (x + 0.5) / width - 1.0) * aspect
            py = 1.0 - 2.0 * (y + 0.5) / height
            d = unit((px, py, 1.5))
            r, g, b = trace(EYE, d, 0)
            qr = quantize(r)
            qg = quantize(g)
            qb = quantize(b)
            total[0] += qr
            total[1] += qg
            total[2] += qb
            checksum = (checksum * 16777619 + (qr << 16 | qg << 8 | qb)) % 4294967296
    return checksum, total


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    height = width * 3 // 4
    checksum, total = render(width, height)
    print("image %dx%d" % (width, height))
    print("mean rgb %.4f %.4f %.4f" % (total[0] / (width * height), total[1] / (width * height), total[2] / (width * height)))
    print("checksum %08x" % checksum)


main()
