"""The four principles measured from a program's data, one module each: equality, participation,
sustainability and self-reliance; ``scores`` gives all four of a program.

Every figure is a share from 0 to 1, or None when there is nothing to count: no figure is ever
made up from a division by zero. Deleted rows (and rows under deleted parents) are not counted.
"""
