"""Calls greet() without the name it needs: a TypeError that no pattern fixes (Propose Fix)."""
from greeting import greet

print(greet())
