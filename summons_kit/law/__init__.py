"""Legal rules: the calendar, deadlines and limits.

Pure functions of a Case and a calendar; no documents here.
"""
