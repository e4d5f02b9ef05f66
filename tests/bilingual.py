#!/usr/bin/env python3
"""Every deal the corpus reports in both languages is one timeline entry
with an English and a French source, and no entry comes from boilerplate
(issue 4).  Reads out/events.jsonl of a
build of corpus/.  usage: bilingual.py EVENTS.jsonl"""
import json
import sys

# companies every entry of the deal names, and its year
DEALS = [
    ({"Huawei", "Orange Business"}, "2016"),
    ({"Huawei", "Orange Business"}, "2024"),
    ({"Google Cloud", "Orange"}, "2020"),
    ({"Deutsche Telekom", "Google Cloud"}, "2020"),
    ({"Capgemini", "Orange"}, "2021"),
    ({"Thales", "Google Cloud"}, "2021"),
    ({"T-Systems", "Google Cloud"}, "2021"),
    ({"Vodafone", "Google Cloud"}, "2021"),
    ({"Microsoft", "AT&T"}, "2021"),
    ({"Microsoft", "Vodafone"}, "2024"),
    ({"Microsoft", "Mistral AI"}, "2024"),
    ({"OVHcloud"}, "2022"),
    ({"Bleu"}, "2024"),
]

entries = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
passed = failed = 0
for companies, year in DEALS:
    both = [e for e in entries
            if companies <= set(e.get("actors") or [])
            and (e.get("when") or {}).get("value", "").startswith(year)
            and {s.get("lang") for s in e.get("sources", [])} >= {"en", "fr"}]
    if len(both) >= 1:
        passed += 1
    else:
        failed += 1
        print(f"FAIL bilingual: {sorted(companies)} {year}: no entry with both languages")
# No entry comes from boilerplate: "About" sections, biographies, banners,
# legal notices and contacts in the corpus all carry years.
BOILER = ["founded in", "was founded", "has covered", "writes about", "joined the magazine",
          "suit le secteur", "Subscribe", "Abonnez", "Inscrivez", "Disclaimer", "Legal notice",
          "Press contact", "newsroom at", "revenues of", "chiffre d'affaires de",
          "Mentions légales", "All rights reserved"]
for e in entries:
    for src in e.get("sources", []):
        hit = [b for b in BOILER if b.lower() in (src.get("sentence") or "").lower()]
        if hit:
            failed += 1
            print(f"FAIL bilingual: entry from boilerplate ({hit[0]}): {src.get('sentence')[:80]}")
        else:
            passed += 1
print(f"bilingual: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
