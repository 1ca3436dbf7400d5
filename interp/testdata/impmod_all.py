# Has __all__: only the listed names are exported by import *.
__all__ = ["exported", "also_exported", "_private_but_listed"]
exported = 1
also_exported = "two"
_private_but_listed = 3.0
not_listed = 4
_hidden = 5
