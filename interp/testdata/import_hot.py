# Checks hot loops in an imported module's functions and a hot loop in the script calling them.
import impmod_hot
from impmod_hot import weighted_sum

print(weighted_sum(1000))
print(impmod_hot.collatz_steps(300))
total = 0
SCALE = 7
for i in range(200):
    total += weighted_sum(i % 13) + SCALE
print(total)
impmod_hot.set_scale(5)
acc = 0
for i in range(300):
    acc += weighted_sum(20)
    if i == 150:
        impmod_hot.set_scale(2)
print(acc, impmod_hot.SCALE, SCALE)
