# A loop at module level: globals are loop state.
import math
total = 0.0
for i in range(100):
    total += math.sqrt(i)
print(total)
