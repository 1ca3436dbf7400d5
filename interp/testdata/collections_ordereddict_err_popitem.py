# Checks an uncaught KeyError from popitem on an empty OrderedDict.
from collections import OrderedDict
od = OrderedDict(a=1)
print(od.popitem(last=False))
od.popitem()
