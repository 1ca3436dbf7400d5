# A module with a syntax error on line 4.
x = 1

y = = 2
