print("qaward")
