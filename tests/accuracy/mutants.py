"""Shared pieces of the mutation suite: a clean report with its model, one mutation, and helpers
to find places in the text (see tests/accuracy/README.md)."""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
CN_NUM = "零一二三四五六七八九十"


class Report:
    """One clean report: its text, its expected model and the parser's view (for exact positions)."""

    def __init__(self, gklint, root, expected_path):
        self.expected = yaml.safe_load(open(expected_path, encoding="utf-8"))
        self.path = os.path.join(root, self.expected["report"])
        self.name = os.path.basename(self.path)
        self.data = open(self.path, "rb").read()
        self.text = self.data.decode("utf-8")
        self.model = common.run_json([gklint, "parse", "--format", "json", self.path])
        # byte offset -> character offset
        self.b2c = {}
        b = 0
        for i, ch in enumerate(self.text):
            self.b2c[b] = i
            b += len(ch.encode("utf-8"))
        self.b2c[b] = len(self.text)
        self.skipped = []  # cells the parser reads differently from the expectation (not mutated)
        # character ranges of the tables and headings: prose mutations stay outside them
        self.tables = [self.crange(t["range"]) for t in self.model["tables"] if t.get("range")]
        self.headings = [self.crange(s["heading"]["range"]) for s in self.model["sections"]
                         if s.get("present") and s.get("heading")]

    def c(self, pos):
        return self.b2c[pos["offset"]]

    def crange(self, r):
        return self.c(r["start"]), self.c(r["end"])

    def line(self, i, text=None):
        return (self.text if text is None else text).count("\n", 0, i) + 1

    def in_prose(self, i):
        return not any(a <= i < b for a, b in self.tables + self.headings)

    def expected_cells(self, table):
        """{(block, row, column): (value, line)} from the expectation."""
        t = self.expected["tables"][table]
        out = {}
        for r in t["rows"]:
            cols = t["columns"][r["block"]] if table == "proactive" else t["columns"]
            lines = r.get("lines") or [r["line"]] * len(r["values"])
            for col, v, ln in zip(cols, r["values"], lines):
                out[(r.get("block", ""), r["row"], col)] = (v, ln)
        return out

    def cells(self, table):
        """Parser cells of a table that agree with the expectation (value, line, raw text)."""
        want = self.expected_cells(table)
        t = next((t for t in self.model["tables"] if t["key"] == table), None)
        good = []
        for cell in (t or {}).get("cells", []):
            key = (cell.get("block") or "", cell["row"], cell["column"])
            if table != "proactive":
                key = ("", cell["row"], cell["column"])
            a, b = self.crange(cell["range"])
            raw = self.text[a:b]
            exp = want.get(key)
            if exp is None or cell.get("kind") != "number" or cell.get("value") != exp[0] \
                    or self.line(a) != exp[1] or not re.fullmatch(r"-?\d+(\.\d+)?", raw):
                self.skipped.append("%s %s" % (table, key))
                continue
            good.append((key, exp[0], a, b))
        return good


class Mutation:
    def __init__(self, report, kind, desc, start, end, repl, line, rules, accept_lines=None):
        self.report, self.kind, self.desc = report, kind, desc
        self.start, self.end, self.repl = start, end, repl
        self.rules = rules
        self.text = report.text[:start] + repl + report.text[end:]
        self.line = line  # injected line, in the mutated text
        self.accept = set(accept_lines or [line])
        self.removed_lines = report.text.count("\n", start, end) - repl.count("\n")
        self.edit_line = report.line(start)
        self.extended = False  # beyond the rule list: reported, not in the threshold
        self.any_line = False  # a document-level defect: a new diagnostic of the rule anywhere counts

    def orig_line(self, line):
        """Line of the clean report that a mutant's line corresponds to (for the baseline)."""
        return line + self.removed_lines if line > self.edit_line else line


def same_width_change(v):
    """A different number written with as many characters (keeps space-aligned PDF columns)."""
    v = int(v)
    return v + 1 if v % 10 != 9 else v - 1


def sample(rng, items, n):
    items = list(items)
    return items if len(items) <= n else rng.sample(items, n)


def flat_find(text, pattern):
    """re.finditer over the text with line breaks (and the indentation after them) removed, as PDF
    text wraps sentences; yields (match, original start of group 1, original end of group 1)."""
    keep = []
    flat = []
    i = 0
    for m in re.finditer(r"\n[ \t\u3000]*", text):
        flat.append(text[i:m.start()])
        keep.extend(range(i, m.start()))
        i = m.end()
    flat.append(text[i:])
    keep.extend(range(i, len(text)))
    flat = "".join(flat)
    for m in re.finditer(pattern, flat):
        yield m, keep[m.start(1)], keep[m.end(1) - 1] + 1


def drop_char(rep, a, b, rng, keep_first=1, min_han=4):
    """Position of a Han character inside [a, b) to delete, not the first keep_first ones nor the last;
    None when the text has fewer than min_han Han characters."""
    han = [i for i in range(a, b) if HAN.match(rep.text[i])]
    if len(han) < max(min_han, keep_first + 3):
        return None
    return rng.choice(han[keep_first:-1])
