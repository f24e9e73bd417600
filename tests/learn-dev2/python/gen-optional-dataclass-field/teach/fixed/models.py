from dataclasses import dataclass
from typing import Optional


@dataclass
class Customer:
    name: str
    email: str
    phone: Optional[str]
