#!/usr/bin/env python3
"""dateparser's search_dates over the same files (a subset: it is slow).
usage: dateparser_run.py < list-of-paths"""
import sys
from dateparser.search import search_dates

found = nbytes = n = 0
for p in sys.stdin.read().split():
    text = open(p, encoding="utf-8").read()
    nbytes += len(text.encode("utf-8"))
    n += 1
    r = search_dates(text, languages=["fr" if "-fr." in p else "en"])
    found += len(r or [])
print(f"{n} files {nbytes} bytes {found} dates")
