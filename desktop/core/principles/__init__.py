"""The four principles measured from a program's data, one module each: equality, participation,
sustainability and self-reliance; ``scores`` gives all four of a program, ``many`` of many
programs at once.

Each principle module keeps what it reads (for any number of programs, in a fixed number of
queries) apart from what it computes (a pure function over rows already read), so one program
and many are counted by the same rule. Every figure is a share from 0 to 1, or None when there
is nothing to count: no figure is ever made up from a division by zero. Deleted rows (and rows
under deleted parents) are not counted.
"""
