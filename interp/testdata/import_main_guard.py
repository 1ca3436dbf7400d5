# Checks __name__ in imported modules (the main guard does not run) and import __main__.
import impmod_lazy_guard
import __main__

marker = "main module global"
print(__main__.marker)
print(impmod_lazy_guard.__name__)
impmod_lazy_guard.main()
