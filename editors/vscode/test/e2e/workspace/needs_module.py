"""Uses a module that is not installed: selfheal offers `pip install`, which asks first."""
import os

import selfheal_demo_missing

print(os.getcwd(), selfheal_demo_missing)
