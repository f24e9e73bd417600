def load_dotenv():
    return True
