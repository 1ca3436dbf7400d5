# Program: object-oriented ray tracer (Vector/Ray/Sphere/Plane/Scene classes, operator overloading, shadows, reflection).
# usage: prog3_raytrace_oo.py [WIDTH]
import math
import sys

class Vector:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def __abs__(self):
        return math.sqrt(self.dot(self))
    def normalized(self):
        return self * (1.0 / abs(self))
    def scale(self, o):
        return Vector(self.x * o.x, self.y * o.y, self.z * o.z)

class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()
    def at(self, t):
        return self.origin + self.direction * t

class Thing:
    def __init__(self, color, reflect):
        self.color = color
        self.reflect = reflect

class Sphere(Thing):
    def __init__(self, center, radius, color, reflect=0.0):
        super().__init__(color, reflect)
        self.center, self.radius = center, radius
    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        disc = b * b - (oc.dot(oc) - self.radius * self.radius)
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > 1e-6:
                return t
        return None
    def normal(self, p):
        return (p - self.center).normalized()

class Plane(Thing):
    def __init__(self, point, normal, color, reflect=0.0):
        super().__init__(color, reflect)
        self.point, self.n = point, normal.normalized()
    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > 1e-6 else None
    def normal(self, p):
        return self.n

class Scene:
    def __init__(self, things, light, ambient=0.1):
        self.things, self.light, self.ambient = things, light, ambient
    def nearest(self, ray):
        best, hit = None, None
        for thing in self.things:
            t = thing.intersect(ray)
            if t is not None and (best is None or t < best):
                best, hit = t, thing
        return best, hit
    def trace(self, ray, depth=0):
        t, thing = self.nearest(ray)
        if thing is None:
            return Vector(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        p = ray.at(t)
        n = thing.normal(p)
        to_light = (self.light - p).normalized()
        shadow_t, _ = self.nearest(Ray(p + n * 1e-4, to_light))
        lit = shadow_t is None or shadow_t > abs(self.light - p)
        diffuse = max(0.0, n.dot(to_light)) if lit else 0.0
        spec = 0.0
        if lit:
            h = (to_light - ray.direction).normalized()
            s = max(0.0, n.dot(h))
            for _ in range(4):
                s = s * s
            spec = s
        color = thing.color * (self.ambient + 0.9 * diffuse) + Vector(1, 1, 1) * (0.5 * spec)
        if thing.reflect > 0 and depth < 2:
            r = ray.direction - n * (2 * ray.direction.dot(n))
            color = color * (1 - thing.reflect) + self.trace(Ray(p + n * 1e-4, r), depth + 1) * thing.reflect
        return color

def to_byte(c):
    return max(0, min(255, int(c * 255)))

def render(scene, width, height):
    eye = Vector(0, 1.6, -2.5)
    pixels = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (2 * (i + 0.5) / width - 1) * width / height
            y = 1 - 2 * (j + 0.5) / height
            c = scene.trace(Ray(eye, Vector(x, y - 0.35, 1.6)))
            row.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
        pixels.append(row)
    return pixels

def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 48
    height = width * 3 // 4
    scene = Scene([Sphere(Vector(0, 1, 3), 1, Vector(1, 0.2, 0.2), 0.3),
                   Sphere(Vector(-2, 0.6, 4), 0.6, Vector(0.2, 1, 0.2)),
                   Sphere(Vector(1.8, 0.5, 2.2), 0.5, Vector(0.3, 0.3, 1), 0.5),
                   Plane(Vector(0, 0, 0), Vector(0, 1, 0), Vector(0.8, 0.8, 0.7), 0.2)],
                  Vector(-3, 6, -2))
    pixels = render(scene, width, height)
    checksum = 0
    for row in pixels:
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    print("image %dx%d checksum %d" % (width, height, checksum))
    shades = " .:-=+*#%@"
    step_x, step_y = max(1, width // 32), max(1, height // 12)
    for row in pixels[::step_y]:
        print("".join(shades[min(9, sum(p) * 10 // 766)] for p in row[::step_x]))

main()
