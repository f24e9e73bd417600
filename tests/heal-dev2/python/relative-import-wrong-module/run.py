from app.main import permalink

print(permalink(2025, "Packaging in Python"))
