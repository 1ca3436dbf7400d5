# Checks a multi-frame traceback through methods calling methods (frames show each method name).
class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.parse_item(part) for part in self.text.split(",")]

    def parse_item(self, part):
        return self.convert(part.strip())

    def convert(self, s):
        return int(s)


p = Parser("1, 2, 3")
print(p.parse())
Parser("4, five").parse()
