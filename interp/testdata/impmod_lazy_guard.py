# Runs its main-guard block only when executed as a script.
def main():
    print("impmod_lazy_guard.main called")


if __name__ == "__main__":
    main()
else:
    print("impmod_lazy_guard imported as", __name__)
