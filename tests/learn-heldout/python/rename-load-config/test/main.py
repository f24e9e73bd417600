from worker import build_worker

w = build_worker("deploy-1")
for job in ("fetch", "migrate", "restart"):
    w.run_job(job)
print(w.name, w.timeout, w.count, len(w.done))
