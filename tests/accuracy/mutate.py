#!/usr/bin/env python3
"""Mutation suite of the accuracy harness (issue 4, acceptance 2 and 3).

Takes the clean reports of tests/model/reports (both formats, every table layout), injects ONE
defect at a time, lints all mutants in one gklint process and checks that a rule expected for the
defect reports it at the injected line. Also checks that the clean originals give no error.

Usage: mutate.py --gklint BIN [--keep DIR] [--json FILE] [--report-only] [--threshold 0.98]
See tests/accuracy/README.md for how to read the output.
"""
import argparse
import collections
import glob
import os
import random
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from mutants import CN_NUM, Mutation, Report, drop_char, flat_find, sample, same_width_change  # noqa: E402
import rule_mutations  # noqa: E402


def table3_mutations(rep, rng, n):
    out = []
    identity_rows = {"new", "carried_over", "handled_total", "carried_forward"}
    cells = [c for c in rep.cells("requests") if c[0][2] != "organisations"]
    for (key, value, a, b) in sample(rng, cells, n):
        _, row, col = key
        new = same_width_change(value)
        rules = ["table/row-sum"]
        if row in identity_rows:
            rules.append("table/identity")
        if row not in ("new", "carried_over", "carried_forward"):
            rules.append("table/result-total")
        out.append(Mutation(rep, "table三 cell", "三 %s/%s %g→%d" % (row, col, value, new), a, b, str(new),
                            rep.line(a), rules))
    return out


def table4_mutations(rep, rng, n):
    out = []
    for (key, value, a, b) in sample(rng, rep.cells("appeals"), n):
        new = same_width_change(value)
        out.append(Mutation(rep, "table四 cell", "四 %s %g→%d" % (key[2], value, new), a, b, str(new),
                            rep.line(a), ["table/review-litigation-total"]))
    return out


def narrative_mutations(rep):
    """Numbers of the prose that restate a table value."""
    req = {(r, c): v for (_, r, c), (v, _) in rep.expected_cells("requests").items()}
    ap = rep.expected_cells("appeals")
    apv = lambda c: ap[("", "values", c)][0]  # noqa: E731
    pro = rep.expected_cells("proactive")
    # (pattern, table value, what, extra rules accepted, beyond the list)
    # The issue lists 本年新收, 上年结转, （七）总计, 结转下年度, 行政复议 and 行政诉讼 counts; the result
    # counts and the 规范性文件 counts are restated in prose too but are outside that list: they are
    # reported as "extended" and left out of the threshold. A part of "行政诉讼N件，其中A件、B件" also
    # breaks that sum, so narrative/sum at the line is accepted for them.
    made = pro.get(("item1", "normative", "made"), (None,))[0]
    valid = pro.get(("item1", "normative", "valid"), (None,))[0]
    in_sum = ["narrative/sum"]
    bindings = [
        (r"本年新收政府信息公开申请(\d+)件", req[("new", "total")], "本年新收", [], False),
        (r"上年结转(\d+)件", req[("carried_over", "total")], "上年结转", [], False),
        (r"结转下年度继续办理(\d+)件", req[("carried_forward", "total")], "结转下年度", [], False),
        (r"被申请行政复议(\d+)件", apv("review.total"), "行政复议", [], False),
        (r"未经复议直接起诉(\d+)件", apv("direct.total"), "直接起诉", in_sum, False),
        (r"复议后起诉(\d+)件", apv("after_review.total"), "复议后起诉", in_sum, False),
        (r"被提起行政诉讼(\d+)件", apv("direct.total") + apv("after_review.total"), "行政诉讼", in_sum, False),
        (r"予以公开(\d+)件", req[("disclosed", "total")], "予以公开", [], True),
        (r"部分公开(\d+)件", req[("partial", "total")], "部分公开", [], True),
        (r"本年制发行政规范性文件(\d+)件", made, "制发规范性文件", [], True),
        (r"本年新制作规范性文件(\d+)件", made, "新制作规范性文件", [], True),
        (r"现行有效(\d+)件", valid, "现行有效", [], True),
    ]
    out = []
    for pattern, value, what, also, extended in bindings:
        if value is None:
            continue
        for m, a, b in flat_find(rep.text, pattern):
            if int(m.group(1)) != value or "\n" in rep.text[a:b]:
                continue
            new = same_width_change(value)
            mut = Mutation(rep, "narrative number (extended)" if extended else "narrative number",
                           "%s %d→%d" % (what, value, new), a, b, str(new), rep.line(a),
                           ["narrative/table-mismatch"] + also)
            mut.extended = extended
            out.append(mut)
    return out


def caption_mutations(rep, rng, per_caption):
    out = []
    t = next(t for t in rep.model["tables"] if t["key"] == "proactive")
    for cap in t.get("captions", []):
        if not cap.get("found") or not cap.get("range"):
            continue
        a, b = rep.crange(cap["range"])
        k = rep.text.find("第二十条", a, b)
        if k < 0:
            continue
        for wrong in sample(rng, ["第二十六条", "第二十一条", "第十九条", "第二十二条", "第十二条"], per_caption):
            out.append(Mutation(rep, "caption article", "%s: 第二十条→%s" % (cap["key"], wrong), k, k + 4, wrong,
                                rep.line(k), ["article/wrong-number"]))
    return out


def label_mutations(rep, rng, n):
    out = []
    rows = []
    for t in rep.model["tables"]:
        for r in t.get("rows", []):
            if r.get("found") and r.get("exact") and r.get("range"):
                rows.append((t["key"], r))
    for key, r in sample(rng, rows, n):
        a, b = rep.crange(r["range"])
        # skip the numbering ("（三）", "1.") before the label text
        m = re.match(r"[\s（(]*[一二三四五六七八九十\d]*[）).、．]?\s*", rep.text[a:b])
        # short labels (行政许可) become unrecognisable rather than deviating: 6+ characters only
        k = drop_char(rep, a + (m.end() if m else 0), b, rng, min_han=6)
        if k is None:
            continue
        out.append(Mutation(rep, "row label", "%s/%s: drop “%s” from %s" % (key, r["key"], rep.text[k], r["written"]),
                            k, k + 1, "", rep.line(k), ["table/label"]))
    return out


def heading_mutations(rep, rng):
    out = []
    for s in rep.model["sections"]:
        if not s.get("present"):
            continue
        h = s["heading"]
        a, b = rep.crange(h["range"])
        t = rep.text[a:b]
        if "需要报告" in t:  # the real-world variant of examples/000 L462
            k = a + t.index("需要报告") + 1
        else:
            k = drop_char(rep, a + t.find("、") + 1 if "、" in t else a, b, rng, keep_first=1)
            if k is None:
                continue
        out.append(Mutation(rep, "heading text", "%s: drop “%s” from %s" % (s["key"], rep.text[k], h["text"]),
                            k, k + 1, "", rep.line(k), ["structure/heading-text"]))
    return out


def section_mutations(rep):
    out = []
    present = [s for s in rep.model["sections"] if s.get("present")]
    sig = rep.model.get("signature") or {}
    sig_start = rep.c(sig["agency_range"]["start"]) if sig.get("agency_range") else len(rep.text)
    for i, s in enumerate(present):
        a = rep.c(s["heading"]["range"]["start"])
        # markdown "## " and the indentation before the heading go with it
        while a > 0 and rep.text[a - 1] in " \t\u3000#":
            a -= 1
        b = rep.c(present[i + 1]["heading"]["range"]["start"]) if i + 1 < len(present) else sig_start
        while i + 1 < len(present) and b > a and rep.text[b - 1] in " \t\u3000#":
            b -= 1
        mutated = rep.text[:a] + rep.text[b:]
        line = rep.line(a, mutated)
        # the deletion point, and the end of the text before it (a missing section may be reported
        # at the place it should be, i.e. the next heading, or where the previous section ends)
        prev = len(rep.text[:a].rstrip())
        accept = {line, rep.line(prev, mutated)}
        out.append(Mutation(rep, "section deleted", "delete %s (%s)" % (s["key"], s["heading"]["text"]), a, b, "",
                            line, ["structure/missing-section"], accept))
    return out


def enumeration_mutations(rep):
    out = []
    for e in rep.model["enumerations"]:
        if not e.get("announced") or not e.get("announcement") or len(e["items"]) < 3:
            continue
        ann_a, ann_b = rep.crange(e["announcement"])
        line = rep.line(ann_a)
        marks = [rep.crange(it["marker"]) for it in e["items"]]
        end = rep.c(e["range"]["end"])
        rules = ["narrative/enumeration-count"]
        # delete the first, second or last item (with its separator)
        out.append(Mutation(rep, "enumeration item deleted", "delete 一是 item", marks[0][0], marks[1][0], "", line,
                            rules))
        out.append(Mutation(rep, "enumeration item deleted", "delete 二是 item", marks[1][0], marks[2][0], "", line,
                            rules))
        last = marks[-1][0]
        sep = last
        while sep > marks[-2][1] and rep.text[sep - 1] in "；;，,。 \n\t\u3000":
            sep -= 1
        while end > sep and rep.text[end - 1] in "。；;":  # the sentence keeps its full stop
            end -= 1
        out.append(Mutation(rep, "enumeration item deleted", "delete last item", sep, end, "", line, rules))
        # announce one more / one fewer
        ann = rep.text[ann_a:ann_b]
        m = re.search("[一二三四五六七八九十两]", ann)
        if m:
            n = CN_NUM.index(m.group()) if m.group() in CN_NUM else 2
            for wrong in (n + 1, n - 1):
                if 1 < wrong < 10:
                    k = ann_a + m.start()
                    out.append(Mutation(rep, "enumeration count changed", "announce %s for %d items" %
                                        (CN_NUM[wrong], len(marks)), k, k + 1, CN_NUM[wrong], line, rules))
    return out


def period_mutations(rep):
    out = []
    year = rep.expected["year"]
    rules = ["structure/statistics-period", "narrative/year"]
    for m, a, b in flat_find(rep.text, r"(%d)年1月1日\S{0,3}至(%d)年12月31日" % (year, year)):
        line = rep.line(a)
        out.append(Mutation(rep, "period year", "period start %d→%d" % (year, year - 1), a, b, str(year - 1), line,
                            rules))
        for wrong in (year - 1, year + 1):
            # end year (group 2)
            k = rep.text.find(str(year), b)
            if k < 0 or rep.text.count("\n", b, k) > 2:
                continue
            out.append(Mutation(rep, "period year", "period end %d→%d" % (year, wrong), k, k + 4, str(wrong),
                                rep.line(k), rules))
        k = rep.text.find("12月31日", b)
        if k >= 0 and rep.text.count("\n", b, k) <= 2:
            out.append(Mutation(rep, "period end date", "period ends 11月30日", k, k + 6, "11月30日", rep.line(k),
                                ["structure/statistics-period"]))
    return out


def law_title_mutations(rep, rng):
    out = []
    title = "《中华人民共和国政府信息公开条例》"
    wrong = ["《中华人民共和国信息公开条例》", "《中华人民共和国政务信息公开条例》", "《中华人民共和国政府信息公开管理条例》",
             "《中华人民共和国政府公开条例》"]
    k = rep.text.find(title)
    while k >= 0:
        for w in sample(rng, wrong, 2):
            out.append(Mutation(rep, "law title", "%s→%s" % (title, w), k, k + len(title), w, rep.line(k),
                                ["article/law-title"]))
        k = rep.text.find(title, k + 1)
    return out


# not 政府: "人民政府政府信息公开专栏" is correct text
WORDS = ["信息", "公开", "工作", "申请", "政务", "办理", "平台", "制度", "管理", "情况", "加强", "落实", "专栏",
         "进一步", "规范性文件", "及时", "群众", "服务", "审查"]


def duplicated_word_mutations(rep, rng, n):
    cands = []
    for w in WORDS:
        for m in re.finditer(w, rep.text):
            a, b = m.start(), m.end()
            if not rep.in_prose(a) or rep.text[b:b + len(w)] == w or rep.text[a - len(w):a] == w:
                continue
            # doubled before a word it forms a compound with, the text reads as two words (the rule's
            # documented exceptions: 信息公开工作 + 工作质量, 政务服务 + 服务中心)
            if w in ("工作", "服务", "管理") and re.match(r"人员|机制|制度|事项|中心|平台|水平|能力|质量", rep.text[b:b + 2]):
                continue
            if w == "公开" and rep.text[a - 2:a] in ("政务", "信息", "村务", "校务", "党务", "厂务", "事务") and \
                    re.match(r"栏|目录|专栏", rep.text[b:b + 2]):
                continue
            cands.append((w, a, b))
    out = []
    used = set()
    for w, a, b in sorted(sample(rng, cands, n * 3), key=lambda x: x[1]):
        line = rep.line(a)
        if line in used or len(out) >= n:
            continue
        used.add(line)
        out.append(Mutation(rep, "duplicated word", "%s→%s%s" % (w, w, w), a, b, w + w, line,
                            ["text/duplicated-word"]))
    return out


def unbalanced_mutations(rep, rng, n):
    cands = [(m.start(), m.group()) for m in re.finditer("[》”]", rep.text) if rep.in_prose(m.start())]
    out = []
    for k, ch in sorted(sample(rng, cands, n)):
        out.append(Mutation(rep, "closing mark dropped", "drop %s" % ch, k, k + 1, "", rep.line(k),
                            ["text/unbalanced-pair"]))
    return out


def generate(reports, seed):
    rng = random.Random(seed)
    rule_rng = random.Random(seed + 1)  # its own stream: the kinds above keep their picks
    muts = []
    for rep in reports:
        muts += table3_mutations(rep, rng, 12)
        muts += table4_mutations(rep, rng, 4)
        muts += narrative_mutations(rep)
        muts += caption_mutations(rep, rng, 2)
        muts += label_mutations(rep, rng, 6)
        muts += heading_mutations(rep, rng)
        muts += section_mutations(rep)
        muts += enumeration_mutations(rep)
        muts += period_mutations(rep)
        muts += law_title_mutations(rep, rng)
        muts += duplicated_word_mutations(rep, rng, 4)
        muts += unbalanced_mutations(rep, rng, 4)
        muts += rule_mutations.generate(rep, rule_rng)
    return muts


def print_rule_recall(stats, rules):
    """Recall per rule (the first expected rule of each mutation kind) over the whole catalogue; a
    rule no mutation expects is listed as NOT SPANNED."""
    per = collections.OrderedDict((r, [0, 0]) for r in sorted(rules))
    for (rule, kind), st in stats.items():
        if "extended" in kind:
            continue
        p = per.setdefault(rule, [0, 0])
        p[0] += st["n"]
        p[1] += st["found"]
    print("\n== Recall per rule (%d rules in the catalogue)" % len(rules))
    for rule, (n, f) in per.items():
        if n:
            print("  %-32s %6d %6d %7.1f%%" % (rule, n, f, 100.0 * f / n))
        else:
            print("  %-32s %6s %6s %8s NOT SPANNED (no mutation expects it)" % (rule, "-", "-", "-"))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gklint", required=True)
    ap.add_argument("--root", default=common.source_root())
    ap.add_argument("--keep", help="write the mutants to this directory (kept) instead of a temporary one")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--threshold", type=float, default=0.98)
    ap.add_argument("--report-only", action="store_true", help="print the numbers, always exit 0")
    ap.add_argument("--max-misses", type=int, default=200, help="misses listed in full")
    args = ap.parse_args()
    gklint = os.path.abspath(args.gklint)

    rules = common.implemented_rules(gklint)
    expected = sorted(glob.glob(os.path.join(args.root, "tests", "model", "expected", "*.yaml")))
    reports = [Report(gklint, args.root, p) for p in expected]
    muts = generate(reports, args.seed)

    work = args.keep or tempfile.mkdtemp(prefix="gklint-mutants-")
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work, exist_ok=True)
    try:
        names = {}
        for rep in reports:  # the clean copies are linted in the same place and run as the mutants
            name = "clean__" + rep.name
            open(os.path.join(work, name), "w", encoding="utf-8").write(rep.text)
            names[rep.name] = name
        for i, m in enumerate(muts):
            m.file = "m%04d__%s" % (i, m.report.name)
            open(os.path.join(work, m.file), "w", encoding="utf-8").write(m.text)
        diags = common.lint(gklint, ["."], cwd=work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    by_name = {os.path.basename(p): d for p, d in diags.items()}

    # clean reports
    print("== Clean reports (%d; formats %s): error-level diagnostics must be 0" %
          (len(reports), "/".join(sorted({r.expected["format"] for r in reports}))))
    clean_errors = 0
    baseline = {}
    for rep in reports:
        d = by_name.get(names[rep.name], [])
        baseline[rep.name] = {(x["ruleId"], x["range"]["start"]["line"], x["message"]) for x in d}
        errs = [x for x in d if x["severity"] == "error"]
        warns = collections.Counter(x["ruleId"] for x in d if x["severity"] != "error")
        clean_errors += len(errs)
        layout = ",".join(sorted({t.get("layout", "?") for t in rep.model["tables"]}))
        print("  %-32s %s %-32s %d error(s)%s" % (rep.name, rep.expected["format"], layout, len(errs), ("; warnings/info: " + ", ".join(
            "%s×%d" % kv for kv in sorted(warns.items()))) if warns else ""))
        for x in errs:
            print("      FALSE POSITIVE " + common.short(x))

    # mutations
    stats = collections.OrderedDict()
    misses = []
    not_impl = collections.Counter()
    counted = found = 0
    via_note = 0
    ext_n = ext_found = 0
    for m in muts:
        key = (m.rules[0], m.kind)
        st = stats.setdefault(key, {"n": 0, "found": 0, "skip": 0})
        if not any(r in rules for r in m.rules):
            st["skip"] += 1
            not_impl[m.rules[0]] += 1
            continue
        st["n"] += 1
        counted += not m.extended
        ext_n += m.extended
        d = by_name.get(m.file, [])
        base = baseline[m.report.name]
        new = [x for x in d if (x["ruleId"], m.orig_line(x["range"]["start"]["line"]), x["message"]) not in base]
        how = None
        for x in new:
            if x["ruleId"] not in m.rules:
                continue
            h = "primary" if m.any_line else \
                next((common.covers(x, ln) for ln in sorted(m.accept) if common.covers(x, ln)), None)
            if h and (how is None or h == "primary"):
                how = h
        if how:
            st["found"] += 1
            found += not m.extended
            ext_found += m.extended
            via_note += how == "note"
        else:
            misses.append((m, new))

    print("\n== Mutations: %d generated over %d reports; %d for implemented rules" % (len(muts), len(reports), counted))
    print("  %-32s %-26s %6s %6s %8s %s" % ("rule", "mutation", "count", "found", "recall", ""))
    for (rule, kind), st in stats.items():
        if st["n"]:
            print("  %-32s %-26s %6d %6d %7.1f%%%s" % (rule, kind, st["n"], st["found"], 100.0 * st["found"] / st["n"],
                                                   "  (not in the threshold)" if "extended" in kind else ""))
        else:
            print("  %-32s %-26s %6d %6s %8s rule not implemented" % (rule, kind, st["skip"], "-", "-"))
    recall = found / counted if counted else 1.0
    print_rule_recall(stats, rules)
    print("  %-59s %6d %6d %7.1f%%" % ("overall (implemented rules, threshold)", counted, found, 100.0 * recall))
    if ext_n:
        print("  %-59s %6d %6d %7.1f%%" % ("extended (beyond the issue's list)", ext_n, ext_found,
                                           100.0 * ext_found / ext_n))
    if via_note:
        print("  (%d of the found were located through a note of the diagnostic, not its main range)" % via_note)
    if not_impl:
        print("  not counted, rule not implemented: " + ", ".join("%s ×%d" % kv for kv in sorted(not_impl.items())))
    skipped = sum(len(r.skipped) for r in reports)
    if skipped:
        print("  table cells not mutated because the parser reads them differently from the expectation: %d" % skipped)

    if misses:
        print("\n== Misses (%d): file, mutation, injected line, what was reported instead" % len(misses))
        for m, new in misses[:args.max_misses]:
            print("  %s [%s] %s @L%d (expect %s; mutant %s)" % (m.report.name, m.kind, m.desc, m.line,
                                                              " or ".join(m.rules), m.file))
            related = [x for x in new if x["ruleId"] in m.rules]
            others = [x for x in new if x["ruleId"] not in m.rules]
            for x in (related + others)[:4]:
                print("      instead: " + common.short(x))
            if not new:
                print("      instead: nothing new")
        if len(misses) > args.max_misses:
            print("  … %d more" % (len(misses) - args.max_misses))

    ok = clean_errors == 0 and recall >= args.threshold
    print("\nRESULT: recall %.1f%% (%d/%d, threshold %.0f%%), clean-report errors %d → %s" %
          (100.0 * recall, found, counted, 100 * args.threshold, clean_errors, "PASS" if ok else "FAIL"))
    sys.exit(0 if ok or args.report_only else 1)


if __name__ == "__main__":
    main()
