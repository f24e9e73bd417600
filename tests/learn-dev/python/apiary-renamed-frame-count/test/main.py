import hive
from swarm_alert import crowded

h = hive.Hive("acacia")
for i in range(11):
    h.add(hive.Frame("brood" if i % 3 else "honey", 900 * (i % 2)))
print("swarm risk" if crowded(h) else "calm")
