from db import connection_string

print("connecting to", connection_string())
