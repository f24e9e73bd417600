from PIL import Image

print("using", Image.__name__)
