#!/usr/bin/env python3
"""Adds or updates entries in Strings.resx (en) and Strings.fr.resx (fr), keeping both in step.

Usage: python3 eng/resx.py [--codefixes | --cli] NAME "English text" "Texte français" [NAME en fr ...]
  --codefixes  edit the code fixes' FixStrings.resx / FixStrings.fr.resx instead
  --cli        edit the command-line tool's CliStrings.resx / CliStrings.fr.resx instead
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "SovereignAnalyzers" / "Resources"
CODEFIXES_ROOT = Path(__file__).resolve().parent.parent / "src" / "SovereignAnalyzers.CodeFixes" / "Resources"
CLI_ROOT = Path(__file__).resolve().parent.parent / "src" / "SovereignAnalyzers.Cli" / "Resources"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def load(path):
    if not path.exists():
        return {}
    tree = ET.parse(path)
    return {d.get("name"): d.find("value").text or "" for d in tree.getroot().findall("data")}


def save(path, entries):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = [HEADER]
    for name in sorted(entries):
        lines.append(f'  <data name="{name}" xml:space="preserve"><value>{esc(entries[name])}</value></data>\n')
    lines.append("</root>\n")
    path.write_text("".join(lines), encoding="utf-8")


def main(args):
    root, base = ROOT, "Strings"
    if args[:1] == ["--codefixes"]:
        root, base, args = CODEFIXES_ROOT, "FixStrings", args[1:]
    elif args[:1] == ["--cli"]:
        root, base, args = CLI_ROOT, "CliStrings", args[1:]
    if len(args) % 3 != 0:
        sys.exit(__doc__)
    en_path, fr_path = root / f"{base}.resx", root / f"{base}.fr.resx"
    en, fr = load(en_path), load(fr_path)
    for i in range(0, len(args), 3):
        name, en_text, fr_text = args[i:i + 3]
        en[name], fr[name] = en_text, fr_text
    save(en_path, en)
    save(fr_path, fr)


if __name__ == "__main__":
    main(sys.argv[1:])
