#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Moves translations between a Qt .ts file and a TSV file that is easy to edit in batches.

  tstool.py dump FILE.ts [--all] > todo.tsv     unfinished (or --all) messages as TSV
  tstool.py merge FILE.ts done.tsv              writes the TSV's translations into FILE.ts
  tstool.py stats FILE.ts                       counts: messages, finished, unfinished

TSV columns: context, source, disambiguation, numerus (n or empty), translation, translator note.
Tabs, newlines and backslashes inside a field are written as \\t, \\n and \\\\. The plural forms of
a numerus message are separated by " || " in the translation column. merge matches messages by
context, source and disambiguation, marks merged ones finished and leaves everything else
(locations, comments, other messages) as it was; run lconvert or lupdate afterwards to restore the
canonical layout (README.md does both through the update_translations target)."""
import sys
import xml.etree.ElementTree as ET

FORM_SEPARATOR = " || "


def esc(text):
    return (text or "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def dump(path, everything):
    root = ET.parse(path).getroot()
    for context, message in messages(root):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished") or (not everything and kind != "unfinished"):
            continue
        numerus = message.get("numerus") == "yes"
        if numerus:
            text = FORM_SEPARATOR.join(f.text or "" for f in translation.iter("numerusform"))
        else:
            text = translation.text or "" if translation is not None else ""
        c, s, d = key(context, message)
        print("\t".join([esc(c), esc(s), esc(d), "n" if numerus else "", esc(text),
                         esc(message.findtext("extracomment") or "")]))


def merge(path, tsv):
    tree = ET.parse(path)
    root = tree.getroot()
    wanted = {}
    with open(tsv, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 5:
                sys.exit(f"{tsv}:{number}: expected at least 5 tab-separated fields")
            c, s, d, n, t = (unesc(x) for x in fields[:5])
            wanted[(c, s, d)] = (n == "n", t)
    merged = 0
    for context, message in messages(root):
        k = key(context, message)
        if k not in wanted:
            continue
        numerus, text = wanted.pop(k)
        if not text.strip():
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in text.split(FORM_SEPARATOR):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        merged += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"merged {merged}; not found in {path}: {len(wanted)}", file=sys.stderr)
    for c, s, d in list(wanted)[:20]:
        print(f"  not found: {c} | {s}", file=sys.stderr)


def stats(path):
    root = ET.parse(path).getroot()
    total = finished = 0
    for _, message in messages(root):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        total += 1
        finished += kind == ""
    print(f"{path}: {total} messages, {finished} finished, {total - finished} unfinished")


def main(argv):
    if len(argv) >= 2 and argv[0] == "dump":
        dump(argv[1], "--all" in argv[2:])
    elif len(argv) == 3 and argv[0] == "merge":
        merge(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "stats":
        stats(argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
