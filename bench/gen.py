#!/usr/bin/env python3
"""Write a reproducible benchmark corpus: N megabytes of press-release-like
articles, half English, half French, 2-5 KB each, dense in date expressions
and company names, in .txt, .md and .html.

usage: gen.py OUTDIR MEGABYTES [SEED]
"""
import os
import random
import sys

COMPANIES = ["Orange", "Orange Business", "Capgemini", "Bleu", "Google Cloud",
             "Microsoft", "AWS", "Thales", "S3NS", "T-Systems", "Deutsche Telekom",
             "OVHcloud", "Vodafone", "SAP", "Huawei", "Scaleway", "Swisscom", "IBM"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
EN_DEALS = ["a strategic partnership", "a joint venture", "a cloud contract",
            "the launch of a sovereign cloud", "a data centre opening",
            "the SecNumCloud qualification", "an edge computing alliance"]
FR_DEALS = ["un partenariat stratégique", "une coentreprise", "un contrat cloud",
            "le lancement d'un cloud souverain", "l'ouverture d'un centre de données",
            "la qualification SecNumCloud", "une alliance dans l'edge computing"]


def en_date(r):
    y, m, d = r.randint(2016, 2026), r.randint(1, 12), r.randint(1, 28)
    return r.choice([
        f"{d} {EN_MONTHS[m-1]} {y}", f"{EN_MONTHS[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}/{m:02d}/{y}", f"{EN_MONTHS[m-1]} {y}", f"Q{r.randint(1,4)} {y}",
        f"the {r.choice(['first','second','third','fourth'])} quarter of {y}",
        f"H{r.randint(1,2)} {y}", f"{r.choice(['spring','summer','autumn','winter'])} {y}",
        f"mid-{y}", f"early {y}", f"late {y}", "last year", "next month", "today",
        "yesterday", "by the end of the year", "within 24 months", "in two weeks",
        f"in {EN_MONTHS[m-1]}", "on Monday", "every year", "a six-year", f"in {y}",
        f"from {d} to {d+1} {EN_MONTHS[m-1]} {y}", f"between {y} and {y+2}"])


def fr_date(r):
    y, m, d = r.randint(2016, 2026), r.randint(1, 12), r.randint(1, 28)
    return r.choice([
        f"le {d} {FR_MONTHS[m-1]} {y}", f"le 1er {FR_MONTHS[m-1]}", f"{FR_MONTHS[m-1]} {y}",
        f"{d:02d}/{m:02d}/{y}", f"au {r.choice(['premier','deuxième','troisième','quatrième'])} trimestre {y}",
        f"au {r.choice(['premier','second'])} semestre {y}", f"à l'automne {y}", f"mi-{y}",
        f"début {y}", f"fin {y}", "l'an dernier", "le mois prochain", "aujourd'hui", "hier",
        "d'ici la fin de l'année", "d'ici environ 24 mois", "dans deux semaines",
        f"en {FR_MONTHS[m-1]}", "mardi", "chaque année", "pour une durée de dix ans",
        f"en {y}", f"du {d} au {d+1} {FR_MONTHS[m-1]} {y}", f"entre {y} et {y+2}",
        f"lundi {d} {FR_MONTHS[m-1]} {y}"])


def paragraph(r, lang):
    a, b = r.sample(COMPANIES, 2)
    if lang == "en":
        s = [f"{a} and {b} announced {r.choice(EN_DEALS)} on {en_date(r)}.",
             f"The companies expect first services {en_date(r)}, and {a} will invest about €{r.randint(1,900)} million.",
             f"{b} said the agreement, signed {en_date(r)}, covers {r.randint(2,200)} countries and 5G networks.",
             f"Analysts noted that {a} had planned the move since {en_date(r)}."]
    else:
        s = [f"{a} et {b} ont annoncé {r.choice(FR_DEALS)} {fr_date(r)}.",
             f"Les premiers services sont attendus {fr_date(r)} et {a} investira {r.randint(1,900)} millions d'euros.",
             f"{b} précise que l'accord, signé {fr_date(r)}, concerne {r.randint(2,643)} postes et la 5G.",
             f"Selon les analystes, {a} préparait ce projet depuis {fr_date(r)}."]
    r.shuffle(s)
    return " ".join(s)


def article(r, lang, fmt, i):
    y, m, d = r.randint(2016, 2026), r.randint(1, 12), r.randint(1, 28)
    date = f"{y}-{m:02d}-{d:02d}"
    title = f"{r.choice(COMPANIES)} deal {i}" if lang == "en" else f"Accord {r.choice(COMPANIES)} {i}"
    size = r.randint(2000, 5000)
    paras = []
    while sum(len(p) for p in paras) < size:
        paras.append(paragraph(r, lang))
    if fmt == "txt":
        return f"title: {title}\ndate: {date}\nlang: {lang}\n\n" + "\n\n".join(paras) + "\n"
    if fmt == "md":
        return f"---\ntitle: \"{title}\"\ndate: {date}\nlang: {lang}\n---\n\n# {title}\n\n" + "\n\n".join(paras) + "\n"
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"article:published_time\" content=\"{date}T09:00:00Z\"></head><body>"
            f"<nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>\n{body}</article>"
            f"<script>var x = 1;</script></body></html>\n")


def main():
    out, mb = sys.argv[1], float(sys.argv[2])
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    os.makedirs(out, exist_ok=True)
    total, i = 0, 0
    while total < mb * 1e6:
        lang = "en" if i % 2 == 0 else "fr"
        fmt = ("txt", "md", "html")[(i // 2) % 3]
        text = article(r, lang, fmt, i)
        sub = os.path.join(out, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"a{i:06d}-{lang}.{fmt}"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
        i += 1
    print(f"{out}: {i} articles, {total / 1e6:.1f} MB")


main()
