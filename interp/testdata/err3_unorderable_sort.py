# Checks the uncaught TypeError from sorting instances that define no ordering methods.
class Job:
    def __init__(self, pri):
        self.pri = pri


jobs = [Job(3), Job(1)]
print(sorted(jobs, key=lambda j: j.pri)[0].pri)
sorted(jobs)
