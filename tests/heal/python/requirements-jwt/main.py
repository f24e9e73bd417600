import jwt

print("using", jwt.__name__)
