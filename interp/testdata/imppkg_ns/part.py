# In a directory without __init__.py: a namespace package.
name = "part of a namespace package"
