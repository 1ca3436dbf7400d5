# Program: Richards-style OS task scheduler simulation (tasks, packets and devices as classes, subclass dispatch).
# usage: prog3_richards.py [ITERATIONS]
import sys

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK, BUFSIZE = 1000, 1001, 4

class Packet:
    def __init__(self, link, ident, kind):
        self.link, self.ident, self.kind = link, ident, kind
        self.datum = 0
        self.data = [0] * BUFSIZE
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Task:
    def __init__(self, sched, ident, pri, wkq, waiting):
        self.sched, self.ident, self.pri, self.wkq = sched, ident, pri, wkq
        self.waiting, self.holding = waiting, False
        self.link, sched.task_list = sched.task_list, self
        sched.tasks[ident] = self
    def held_or_suspended(self):
        return self.holding or (self.wkq is None and self.waiting)
    def add_packet(self, pkt, old):
        if self.wkq is not None:
            self.wkq = pkt.append_to(self.wkq)
            return old
        self.wkq = pkt
        return self if self.pri > old.pri else old
    def run(self):
        msg = None
        if self.waiting and self.wkq is not None and not self.holding:
            msg, self.wkq, self.waiting = self.wkq, self.wkq.link, False
        return self.step(msg)

class IdleTask(Task):
    def __init__(self, sched, ident, pri, count):
        super().__init__(sched, ident, pri, None, False)
        self.control, self.count = 1, count
    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(I_DEVA)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(I_DEVB)

class WorkerTask(Task):
    def __init__(self, sched, ident, pri, wkq):
        super().__init__(sched, ident, pri, wkq, True)
        self.dest, self.count = I_HANDLERA, 0
    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = I_HANDLERA if self.dest == I_HANDLERB else I_HANDLERB
        pkt.ident, pkt.datum = self.dest, 0
        for i in range(BUFSIZE):
            self.count = self.count % 26 + 1
            pkt.data[i] = self.count
        return self.sched.queue_packet(pkt)

class HandlerTask(Task):
    def __init__(self, sched, ident, pri, wkq):
        super().__init__(sched, ident, pri, wkq, True)
        self.work_in = self.device_in = None
    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            if work.datum >= BUFSIZE:
                self.work_in = work.link
                return self.sched.queue_packet(work)
            dev = self.device_in
            if dev is not None:
                self.device_in = dev.link
                dev.datum = work.data[work.datum]
                work.datum += 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()

class DeviceTask(Task):
    def __init__(self, sched, ident, pri):
        super().__init__(sched, ident, pri, None, True)
        self.pending = None
    def step(self, pkt):
        if pkt is not None:
            self.pending = pkt
            return self.sched.hold_self()
        if self.pending is None:
            return self.sched.wait()
        v, self.pending = self.pending, None
        return self.sched.queue_packet(v)

class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.task_list = self.current = None
        self.hold_count = self.queue_count = 0
    def run(self):
        t = self.task_list
        while t is not None:
            if t.held_or_suspended():
                t = t.link
            else:
                self.current = t
                t = t.run()
    def release(self, ident):
        t = self.tasks[ident]
        t.holding = False
        return t if t.pri > self.current.pri else self.current
    def hold_self(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link
    def wait(self):
        self.current.waiting = True
        return self.current
    def queue_packet(self, pkt):
        t = self.tasks[pkt.ident]
        self.queue_count += 1
        pkt.link, pkt.ident = None, self.current.ident
        return t.add_packet(pkt, self.current)

def richards(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, count)
    WorkerTask(s, I_WORK, 1000, Packet(Packet(None, 0, K_WORK), 0, K_WORK))
    for ident, pri, dev in ((I_HANDLERA, 2000, I_DEVA), (I_HANDLERB, 3000, I_DEVB)):
        HandlerTask(s, ident, pri, Packet(Packet(Packet(None, dev, K_DEV), dev, K_DEV), dev, K_DEV))
    DeviceTask(s, I_DEVA, 4000)
    DeviceTask(s, I_DEVB, 5000)
    s.run()
    return s.queue_count, s.hold_count

def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    results = [richards(10000) for _ in range(iterations)]
    print("iterations:", iterations, "consistent:", all(r == results[0] for r in results))
    qpkt, hold = results[0]
    print("queue_count:", qpkt, "hold_count:", hold, "ok:", qpkt == 23246 and hold == 9297)
    print("small runs:", [richards(n) for n in (10, 100, 1000)])

main()
