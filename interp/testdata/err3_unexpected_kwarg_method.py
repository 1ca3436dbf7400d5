# Checks the uncaught TypeError for an unexpected keyword argument passed to a constructor.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


p = Point(1, y=2)
print(p.x, p.y)
Point(1, z=3)
