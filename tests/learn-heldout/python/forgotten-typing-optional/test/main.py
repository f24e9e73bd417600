from datetime import datetime

from tracking.service import Shipment, Tracker

t = Tracker()
t.register(Shipment("ZX1", datetime(2026, 5, 1, 12), "dhl"))
print([s.code for s in t.late(datetime(2026, 5, 2))])
print(t.delivery_time("ZX1"))
