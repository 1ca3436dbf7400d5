# Checks IntEnum and StrEnum: arithmetic, comparisons, sorting, str/format, and mixed-in enums.
from enum import Enum, IntEnum, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.MEDIUM == 5, Priority.LOW < Priority.HIGH, Priority.HIGH > 7)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), int(Priority.MEDIUM), Priority(10))
print(isinstance(Priority.LOW, int), Priority.LOW.name, Priority.LOW.value, [p for p in Priority if p >= 5])
print(hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW], "%d %s" % (Priority.HIGH, Priority.HIGH))
print(sum(Priority), max(Priority), list(range(Priority.LOW, Priority.MEDIUM)))

class Level(IntEnum):
    A = auto()
    B = auto()

print(list(Level), Level.B + Level.A)

class Mode(StrEnum):
    READ = "r"
    WRITE = auto()

print(Mode.READ, repr(Mode.WRITE), Mode.WRITE.upper(), Mode.READ == "r", f"[{Mode.READ:>3}]", Mode("write"))

class Code(str, Enum):
    OK = "ok"
    FAIL = "fail"

print(Code.OK, repr(Code.OK), Code.OK == "ok", Code.FAIL.upper(), f"{Code.FAIL}", Code("fail"))

class Ratio(float, Enum):
    HALF = 0.5
    THIRD = 1 / 3

print(Ratio.HALF, Ratio.HALF * 4, repr(Ratio.THIRD))
try:
    Priority(3)
except ValueError as e:
    print("ValueError", e)
