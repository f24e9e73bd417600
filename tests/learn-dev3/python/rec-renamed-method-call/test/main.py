from payroll import Payroll

run = Payroll({"ana": 2500, "bo": 2100})
run.pay("ana", 8)
run.pay("bo", 6)
print("ana", run.owed("ana"))
print("wages", run.book.balance("wages"))
