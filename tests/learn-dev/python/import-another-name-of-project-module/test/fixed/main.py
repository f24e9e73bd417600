"""Cut list for a laser cutter job."""
from shapes import Circle, Rect

parts = [Circle(3), Rect(10, 4), Circle(1.5), Rect(2, 2)]
sheet = 24 * 12
used = sum(p.area() for p in parts)
print(f"sheet usage {used / sheet:.0%}")
