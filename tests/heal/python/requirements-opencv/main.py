import cv2

print("using", cv2.__name__)
