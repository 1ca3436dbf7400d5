# an uncaught FileNotFoundError from open()
def load(name):
    with open(name) as f:
        return f.read()


print("loading")
print(load("/nonexistent_tracejit_dir/config.ini"))
