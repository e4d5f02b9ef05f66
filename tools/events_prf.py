#!/usr/bin/env python3
"""Precision and recall of events against hand-made truth.

usage: tools/events_prf.py TRUTH.tsv EVENTS.jsonl...
   or: ./dateline extract corpus | tools/events_prf.py TRUTH.tsv -

TRUTH.tsv, one expected event a line ('#' comments):
    doc TAB sentence-start TAB kind TAB actors TAB when
  doc             path as `dateline extract` prints it (corpus/NAME.txt)
  sentence-start  the first characters of the sentence, as in the original
  kind            deal kind name (partnership, joint_venture, ...)
  actors          canonical names joined by '|', any order
  when            TIMEX3 value, or '-' for undated

An event matches a truth line when its document is the same and its sentence
starts with sentence-start ("loose": same kind too; "strict": also the same
set of actors and the same date).  Each truth line matches at most one event.
"""
import json
import sys


def load_truth(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                sys.exit(f"{path}:{n}: expected 5 tab-separated columns")
            doc, start, kind, actors, when = cols
            rows.append((doc, start, kind, frozenset(actors.split("|")),
                         None if when == "-" else when))
    return rows


def load_events(paths):
    evs = []
    for p in paths:
        f = sys.stdin if p == "-" else open(p, encoding="utf-8")
        for line in f:
            if line.strip():
                o = json.loads(line)
                evs.append((o["doc"], o["sentence"], o["kind"],
                            frozenset(o["actors"]),
                            o["when"]["value"] if o["when"] else None))
    return evs


def score(truth, evs, strict):
    used = set()
    hit = 0
    for t in truth:
        for i, e in enumerate(evs):
            if i in used or e[0] != t[0] or not e[1].startswith(t[1]):
                continue
            if e[2] != t[2]:
                continue
            if strict and (e[3] != t[3] or e[4] != t[4]):
                continue
            used.add(i)
            hit += 1
            break
    p = hit / len(evs) if evs else 1.0
    r = hit / len(truth) if truth else 1.0
    return hit, p, r


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    truth = load_truth(sys.argv[1])
    evs = load_events(sys.argv[2:])
    print(f"events: {len(evs)} found, {len(truth)} expected")
    for name, strict in (("loose (doc, sentence, kind)", False),
                         ("strict (+ actors, date)", True)):
        hit, p, r = score(truth, evs, strict)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name}: {hit} matched, precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}")


if __name__ == "__main__":
    main()
