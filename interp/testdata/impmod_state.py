# Module state shared by every importer.
print("impmod_state: loaded")
count = 0
log = []


def bump(tag):
    global count
    count += 1
    log.append(tag)
    return count
