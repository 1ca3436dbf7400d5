# Checks OverflowError from float(huge int), float ** overflow, math.exp, and int/int true division overflow.
import math
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(math.exp(1000))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 * 10, 2.0 ** -10000, math.exp(-1000))
print(10 ** 400 // 3 > 0, 10 ** 400 > 1e308)
print(float(2 ** 1023) > 0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
