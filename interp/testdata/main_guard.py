# Checks __name__ is "__main__" when run as a script and the if __name__ == "__main__": idiom.
def main():
    print("main called")
    return 0
print(__name__)
if __name__ == "__main__":
    main()
else:
    print("never")
