# Checks class-level state updated through the class name from __init__ (instance counting, id assignment).
class Ticket:
    next_id = 1
    issued = []

    def __init__(self, who):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.who = who
        Ticket.issued.append(self)

    def __repr__(self):
        return "Ticket#%d(%s)" % (self.id, self.who)


for name in ["ann", "bob", "cy"]:
    Ticket(name)
print(Ticket.issued, Ticket.next_id)
t = Ticket("di")
t.next_id = 99
print(t.next_id, Ticket.next_id, Ticket("eve"))
