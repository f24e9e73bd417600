from sklearn import linear_model

print("using", linear_model.__name__)
