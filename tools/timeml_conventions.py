#!/usr/bin/env python3
"""After the scorer's table: how many wrong values differ from the gold only
by a convention of the gold that TimeML's value format and this project's
spec (values at the expression's own granularity) do not follow, and each
folder's value F1 if those were counted right.  The table above it is the
scorer's own and stays the measure; this says where the rest of the gap is.

The three conventions:
  - an ISO week written without its leading zero ("2000-W7" for 2000-W07);
  - a part of the day left out of a day that names one ("Friday night":
    2000-01-07, not 2000-01-07TNI);
  - a year or month padded with unknown fields finer than the expression
    ("1949-XX", "1994-XX-XX" for the year 1949, 1994).

usage: timeml_conventions.py < (score_timex.py DIR SYS --jsonl --errors)
"""
import re
import sys

PART = re.compile(r"T(MO|AF|EV|NI|DT)$")
WEEK = re.compile(r"-W(\d)(?=$|-)")


PAD = re.compile(r"(-XX)+$")


def convention(gold, system):
    """True if GOLD is SYSTEM written by one of the conventions above."""
    return gold != system and (WEEK.sub(lambda m: "-W0" + m.group(1), gold) == system or
                               (not PART.search(gold) and PART.sub("", system) == gold) or
                               (re.fullmatch(r"\d{4}(-\d\d)?", system) is not None and
                                PAD.sub("", gold) == system))


def main():
    rows, folder_of, forgiven = {}, {}, {}
    value = re.compile(r"'\s\[\d+,\d+\)\s(\S+)\s(\S+)")
    for line in sys.stdin:
        f = line.rstrip("\n").split()
        if len(f) == 14 and f[1].isdigit():	# a row of the table
            rows[f[0]] = f
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) < 4 or "value" not in p[1] or "span" in p[1]:
            continue
        g, s = value.search(p[2]), value.search(p[3])
        if g and s and convention(g.group(2), s.group(2)):
            forgiven[p[0]] = forgiven.get(p[0], 0) + 1
    # Which folder a file is in: the scorer prints them folder by folder,
    # and file names differ in shape (AQUAINT: APW/NYT/XIE; French: dates).
    by = {}
    for name, n in forgiven.items():
        if re.match(r"(APW|NYT|XIE)\d", name):
            k = "en-aquaint"
        elif re.match(r"\d{4}-\d\d-\d\d-", name):
            k = "fr-ftib-dev"
        else:
            k = "en-timebank"
        by[k] = by.get(k, 0) + n
    print()
    print("Values off only by a gold convention outside TimeML's value format (ISO weeks")
    print("without their zero, a part of the day the text names left out, a year padded")
    print("with unknown months), and value F1 were they counted right:")
    for name, f in rows.items():
        if name.startswith("ALL"):
            continue
        gold, rel_r, rel_f1, acc = int(f[2]), float(f[8]), float(f[9]), float(f[11])
        matched = round(gold * rel_r / 100)
        n = by.get(name, 0)
        right = round(matched * acc / 100) + n
        f1 = rel_f1 * right / matched if matched else 0.0
        print(f"  {name:<24} {n:3d}  value F1 {float(f[13]):6.2f} -> {f1:6.2f}")


if __name__ == "__main__":
    main()
