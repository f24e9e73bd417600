from dotenv import load_dotenv

load_dotenv()
print("settings loaded")
