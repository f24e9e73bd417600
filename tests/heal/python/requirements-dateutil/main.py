from dateutil import parser

print("using", parser.__name__)
