#!/usr/bin/env python3
"""Events JSON Lines as a table to review by hand (before `make bless`).

usage: ./dateline extract corpus/FILE | tools/events_table.py
       tools/events_table.py tests/cases/corpus/*.expected.jsonl
One line per event: document, kind, status, date (or "undated"), actors, the
date expression in [brackets] inside the sentence.
"""
import json
import sys


def show(line):
    o = json.loads(line)
    s = o["sentence"]
    t = o.get("timex")
    if t:
        b, e = t["span"]
        s = s[:b] + "[" + s[b:e] + "]" + s[e:]
    when = o["when"]["value"] if o["when"] else "undated"
    if o["when"] and o["when"].get("mod"):
        when += "/" + o["when"]["mod"]
    print(f'{o["doc"]}\t{o["kind"]}\t{o["status"]}\t{when}\t'
          f'{"|".join(o["actors"])}\t{o["headline"]}\n\t{s}')


def main():
    files = sys.argv[1:] or ["-"]
    for p in files:
        f = sys.stdin if p == "-" else open(p, encoding="utf-8")
        for line in f:
            if line.strip():
                show(line)


if __name__ == "__main__":
    main()
