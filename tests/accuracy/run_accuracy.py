#!/usr/bin/env python3
"""Sample expectations of the accuracy harness (issue 4, acceptance 1).

Lints the five samples of examples/ once (gklint --format json) and compares with samples.yaml:
recall of the covered defects at the right line, the defects missed, defects whose rule does not
exist yet ("not covered yet", not a failure), passing tests that were flagged, every other
error-level diagnostic (false-positive candidates) and each sample's diagnostics counted by rule.

Usage: run_accuracy.py --gklint BIN [--samples samples.yaml] [--report-only]
Exit status 1 when an implemented rule misses a required defect, flags a passing test, or an
error-level diagnostic is neither expected nor justified.
"""
import argparse
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def matches(diag, entry):
    """Whether diag (by rule and position) is what entry describes."""
    if diag["ruleId"] not in entry["rules"]:
        return False
    if entry.get("line", None) == "any":
        return True
    if "lines" in entry:
        a, b = entry["lines"]
    else:
        a = b = int(entry["line"])
    return any(common.covers(diag, ln) for ln in range(a, b + 1))


def where(entry):
    if entry.get("line") == "any":
        return "any line"
    if "lines" in entry:
        return "L%d-%d" % tuple(entry["lines"])
    return "L%d" % entry["line"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gklint", required=True)
    ap.add_argument("--root", default=common.source_root())
    ap.add_argument("--samples", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples.yaml"))
    ap.add_argument("--report-only", action="store_true", help="print the numbers, always exit 0")
    args = ap.parse_args()
    gklint = os.path.abspath(args.gklint)

    spec = yaml.safe_load(open(args.samples, encoding="utf-8"))["samples"]
    rules = common.implemented_rules(gklint)
    out = common.lint(gklint, [s["file"] for s in spec], cwd=args.root)
    diags = {os.path.normpath(p): d for p, d in out.items()}

    totals = collections.Counter()
    missed, not_covered, flagged_clean, false_pos = [], [], [], []
    optional_found = optional_missed = 0
    for s in spec:
        f = s["file"]
        d = diags.get(os.path.normpath(f))
        if d is None:
            raise SystemExit("accuracy: gklint printed nothing for %s" % f)
        print("== %s" % f)
        explained = set()
        for e in s.get("defects", []):
            hits = [i for i, x in enumerate(d) if matches(x, e)]
            explained.update(hits)
            implemented = [r for r in e["rules"] if r in rules]
            if hits:
                status = "found"
                if e.get("optional"):
                    optional_found += 1
                else:
                    totals["found"] += 1
            elif not implemented:
                status = "not covered yet (rule %s not implemented)" % " / ".join(e["rules"])
                if not e.get("optional"):
                    totals["not_covered"] += 1
                    not_covered.append((f, e))
            elif e.get("optional"):
                status = "not reported (optional, info-level defect)"
                optional_missed += 1
            else:
                status = "MISSED"
                totals["missed"] += 1
                missed.append((f, e))
            print("  %-8s %-28s %s — %s" % (where(e), e["rules"][0], status, e["what"]))
            if status == "MISSED":
                same_rule = [x for x in d if x["ruleId"] in e["rules"]]
                for x in same_rule[:3]:
                    print("           this rule reported instead: " + common.short(x))
        for c in s.get("clean", []):
            for i, x in enumerate(d):
                if matches(x, c):
                    explained.add(i)
                    flagged_clean.append((f, c, x))
                    print("  FLAGGED A PASSING TEST (%s): %s" % (c["what"], common.short(x)))
        for j in s.get("justified", []):
            for i, x in enumerate(d):
                if matches(x, j):
                    explained.add(i)
        for i, x in enumerate(d):
            if x["severity"] == "error" and i not in explained:
                false_pos.append((f, x))
                print("  FALSE POSITIVE? " + common.short(x))
        counts = collections.Counter((x["ruleId"], x["severity"]) for x in d)
        print("  diagnostics by rule: " + (", ".join("%s(%s)×%d" % (r, sev[0], n) for (r, sev), n in
                                                    sorted(counts.items())) or "none"))

    counted = totals["found"] + totals["missed"]
    recall = totals["found"] / counted if counted else 1.0
    print("\n== Summary over %d samples" % len(spec))
    print("  covered defects found at the right line: %d/%d (recall %.1f%%)" % (totals["found"], counted,
                                                                              100.0 * recall))
    print("  missed by an implemented rule: %d" % totals["missed"])
    for f, e in missed:
        print("    %s %s %s — %s" % (os.path.basename(f), where(e), e["rules"][0], e["what"]))
    print("  not covered yet (rule not implemented): %d" % totals["not_covered"])
    by_rule = collections.Counter(e["rules"][0] for _, e in not_covered)
    if by_rule:
        print("    " + ", ".join("%s ×%d" % kv for kv in sorted(by_rule.items())))
    print("  optional (info-level) defects: %d found, %d not reported" % (optional_found, optional_missed))
    print("  passing tests flagged: %d" % len(flagged_clean))
    print("  other error-level diagnostics (false-positive candidates): %d" % len(false_pos))
    for f, x in false_pos:
        print("    %s %s" % (os.path.basename(f), common.short(x)))
    ok = not missed and not flagged_clean and not false_pos
    print("\nRESULT: %s" % ("PASS" if ok else "FAIL"))
    sys.exit(0 if ok or args.report_only else 1)


if __name__ == "__main__":
    main()
