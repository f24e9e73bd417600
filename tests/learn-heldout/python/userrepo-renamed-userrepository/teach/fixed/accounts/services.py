"""Account services."""
from accounts.repo import User, UserRepository


class AccountService:
    def __init__(self, repo: UserRepository) -> None:
        self.repo = repo

    def register(self, user_id: int, email: str) -> User:
        user = User(id=user_id, email=email.lower())
        self.repo.save(user)
        return user

    def promote(self, user_id: int) -> bool:
        user = self.repo.get(user_id)
        if user is None:
            return False
        user.admin = True
        self.repo.save(user)
        return True
