# Checks class bodies: statements run at definition, names refer to earlier class attributes, methods use self/Class.
print("before class")


class Config:
    print("in class body")
    WIDTH = 80
    HEIGHT = WIDTH // 2
    AREA = WIDTH * HEIGHT
    NAMES = ["w", "h"]
    LABEL = "%dx%d" % (WIDTH, HEIGHT)
    if WIDTH > 50:
        WIDE = True
    else:
        WIDE = False
    for _i in range(3):
        AREA += 1

    def area(self):
        return self.WIDTH * Config.HEIGHT


print("after class")
print(Config.HEIGHT, Config.AREA, Config.LABEL, Config.WIDE, Config._i, Config().area())
x = 5


class Shadow:
    x = x + 1
    y = x * 2


print(x, Shadow.x, Shadow.y)
