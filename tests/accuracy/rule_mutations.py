"""Mutation kinds for the rules beyond the table and number cross-checks: structure, format, article,
table shape and values, narrative and text rules (tests/accuracy/README.md, "mutation kinds").

Each generator takes a Report and a random.Random and returns Mutation objects: one defect per
mutant, the line it is at (in the mutated text) and the rule(s) that must report it. Positions come
from the parser's model (`gklint parse --format json`) and the expectations of
tests/model/expected/*.yaml; a generator yields nothing for a report where its defect cannot be made
(no signature date, no 其中 sentence, a department's report for the people's-government topics …).
"""
import re

from mutants import Mutation, sample, same_width_change

SUB_HEADING = re.compile(r"(?:^|(?<=\s))（([一二三四五六七八九十]{1,2})）", re.M)
CN_DIGITS = "一二三四五六七八九十"
NUM_LEFT = "[\u4e00-\u9fff]"


def mline(text, i):
    return text.count("\n", 0, i) + 1


def edit(rep, kind, desc, a, b, repl, rules, at=None, accept=None):
    """One replacement of [a, b); the injected line is that of `at` (a character index in the
    mutated text, default a)."""
    m = Mutation(rep, kind, desc, a, b, repl, 0, rules)
    m.line = mline(m.text, a if at is None else at)
    m.accept = set(accept or []) | {m.line}
    return m


def region(rep, kind, desc, new_text, rules, lines):
    """A mutation with several edits: the changed region of the text is replaced as a whole."""
    old = rep.text
    a = 0
    while a < min(len(old), len(new_text)) and old[a] == new_text[a]:
        a += 1
    e_old, e_new = len(old), len(new_text)
    while e_old > a and e_new > a and old[e_old - 1] == new_text[e_new - 1]:
        e_old -= 1
        e_new -= 1
    m = Mutation(rep, kind, desc, a, e_old, new_text[a:e_new], 0, rules)
    m.line = min(lines) if lines else 1
    m.accept = set(lines or [1])
    return m


def section_spans(rep):
    """(key, start, end, heading end) of each present level-1 section; a section runs from its
    heading (with indentation and markdown #) to the next heading or the signature."""
    present = [s for s in rep.model["sections"] if s.get("present") and s.get("heading")]
    sig = rep.model.get("signature") or {}
    sig_start = rep.c(sig["agency_range"]["start"]) if sig.get("agency_range") else len(rep.text)
    starts = []
    for s in present:
        a = rep.c(s["heading"]["range"]["start"])
        while a > 0 and rep.text[a - 1] in " \t\u3000#":
            a -= 1
        starts.append(a)
    out = []
    for i, s in enumerate(present):
        b = starts[i + 1] if i + 1 < len(present) else sig_start
        out.append((s["key"], starts[i], b, rep.c(s["heading"]["range"]["end"])))
    return out


def section_of(rep, key):
    return next((s for s in section_spans(rep) if s[0] == key), None)


def prose_numbers(rep, pattern, lo=0, hi=None):
    """Matches of pattern (group 1 = the number) in the prose of [lo, hi), on one line."""
    hi = len(rep.text) if hi is None else hi
    return [m for m in re.finditer(pattern, rep.text[:hi]) if m.start(1) >= lo and rep.in_prose(m.start(1))
            and "\n" not in m.group(0)]


# --- structure -------------------------------------------------------------------------------------

def section_order(rep, rng):
    """Two neighbouring parts pasted in the wrong order (each keeps its own number)."""
    spans = section_spans(rep)
    out = []
    for i in sample(rng, range(len(spans) - 1), 2):
        (ka, a, _, _), (kb, b, c, _) = spans[i], spans[i + 1]
        first, second = rep.text[a:b], rep.text[b:c]
        if not second[-1:].isspace():
            second += "\n"
        new = rep.text[:a] + second + first + rep.text[c:]
        lines = [mline(new, a), mline(new, a + len(second))]
        out.append(region(rep, "parts swapped", "swap %s and %s" % (ka, kb), new, ["structure/section-order"],
                          lines))
    return out


def numbering(rep, rng):
    """In a list of （一）（二）… subheadings: one written （2）, or the last one skipping a number."""
    out = []
    for key, a, b, _ in section_spans(rep):
        items = [m for m in SUB_HEADING.finditer(rep.text, a, b) if rep.in_prose(m.start())]
        nums = [CN_DIGITS.find(m.group(1)) + 1 for m in items if len(m.group(1)) == 1]
        if len(items) < 3 or nums != list(range(1, len(items) + 1)):
            continue
        m = items[1]
        out.append(edit(rep, "subheading numbering", "%s: （二）→（2）" % key, m.start(1) - 1, m.end(1) + 1, "（2）",
                        ["structure/numbering"]))
        m = items[-1]
        n = len(items)
        out.append(edit(rep, "subheading numbering", "%s: （%s）→（%s）" % (key, m.group(1), CN_DIGITS[n]),
                        m.start(1), m.end(1), CN_DIGITS[n], ["structure/numbering"]))
    return sample(rng, out, 2)


def title(rep, rng):
    t = rep.model.get("title") or {}
    if not t.get("range"):
        return []
    a, b = rep.crange(t["range"])
    lines = list(range(rep.line(a), rep.line(b) + 1))
    out = []
    y = re.search(r"\d{4}年度?", rep.text[a:b])
    if y:
        out.append(edit(rep, "title", "title without its year", a + y.start(), a + y.end(), "", ["structure/title"],
                        accept=lines))
    agency = t.get("agency")
    k = rep.text.find(agency, a, b) if agency else -1
    if k >= 0:
        out.append(edit(rep, "title", "title without its agency", k, k + len(agency), "", ["structure/title"],
                        accept=lines))
    return out


def part_count(rep, rng):
    spans = section_spans(rep)
    first = spans[0][1] if spans else len(rep.text)
    out = []
    for m in re.finditer(r"([一二三四五六七八九十\d])个?部分", rep.text[:first]):
        n = m.group(1)
        wrong = {"六": "五", "6": "5", "五": "六", "5": "6"}.get(n)
        if wrong:
            out.append(edit(rep, "part count", "%s部分→%s部分" % (n, wrong), m.start(1), m.end(1), wrong,
                            ["structure/part-count"]))
    return out


def empty_section(rep, rng):
    """The table of part 二, 三 or 四 left out: the heading stays, its body is gone."""
    out = []
    for key, a, b, h_end in section_spans(rep):
        if key not in ("proactive", "requests", "appeals"):
            continue
        keep_end = rep.text.find("\n", h_end, b)
        if keep_end < 0:  # one-line text: keep a space before the next part
            new = rep.text[:h_end] + " " + rep.text[b:]
        else:
            new = rep.text[:keep_end] + "\n\n" + rep.text[b:]
        out.append(region(rep, "table left out", "%s: heading without its table" % key, new,
                          ["structure/empty-section"], [rep.line(h_end)]))
    return sample(rng, out, 2)


# --- format ----------------------------------------------------------------------------------------

TO_2019 = {"本年制发件数": "本年新制作数量", "本年废止件数": "本年新公开数量", "现行有效件数": "对外公开总数量"}
TO_2021 = {v: k for k, v in TO_2019.items()}


def relabel(text, a, b, old, new):
    """Replaces every occurrence of label old in text[a:b] (its characters may be separated by line
    breaks and blanks, as in PDF text) by new, keeping the breaks at the same character positions.
    Returns (text, [start indices of the replacements in the new text])."""
    pat = re.compile(r"\s*".join(map(re.escape, old)))
    out, starts, i = [], [], 0
    shift = 0
    for m in pat.finditer(text, a, b):
        gaps = {}
        k = 0
        for ch in m.group():
            if ch.isspace():
                gaps.setdefault(k, "")
                gaps[k] += ch
            else:
                k += 1
        word = ""
        for k, ch in enumerate(new[:-1]):
            word += ch + gaps.pop(k + 1, "")
        word += "".join(gaps.values()) + new[-1]  # breaks beyond the new label's length: before its last character
        out.append(text[i:m.start()])
        starts.append(m.start() + shift)
        out.append(word)
        shift += len(word) - len(m.group())
        i = m.end()
    out.append(text[i:])
    return "".join(out), starts


def proactive_span_and_other_labels(rep):
    """Table 二's span in the text and the item-1 column labels of the other format (None: no table)."""
    t = next((t for t in rep.model["tables"] if t["key"] == "proactive" and t.get("range")), None)
    if not t:
        return None
    return rep.crange(t["range"]), (TO_2019 if rep.expected["format"] == "2021" else TO_2021)


def version_mismatch(rep, rng):
    """Table 二 written on the other format's template: the item-1 column labels of the other format."""
    found = proactive_span_and_other_labels(rep)
    if not found:
        return []
    (a, b), labels = found
    new, starts = rep.text, []
    for old, lab in labels.items():
        end = b + (len(new) - len(rep.text))
        new, s = relabel(new, a, end, old, lab)
        starts += s
    if len(starts) < 2:
        return []
    return [region(rep, "labels of the other format", "table 二 item 1 columns → %s format" %
                   ("2019" if labels is TO_2019 else "2021"), new, ["format/version-mismatch"],
                   sorted({mline(new, s) for s in starts}))]


# --- article ---------------------------------------------------------------------------------------

LAW = "《中华人民共和国政府信息公开条例》"


def outdated_reference(rep, rng):
    out = []
    spans = section_spans(rep)
    first = spans[0][1] if spans else len(rep.text)
    k = rep.text.find(LAW, 0, first)
    if k >= 0:
        e = k + len(LAW)
        alias = re.match(r"（以下简称[^）]{0,8}）", rep.text[e:])
        at = e + (alias.end() if alias else 0)
        out.append(edit(rep, "2007-era reference", "basis 第三十一条 after the law title", at, at, "第三十一条规定",
                        ["article/outdated-reference"]))
        out.append(edit(rep, "2007-era reference", "（国务院令第492号） after the law title", e, e, "（国务院令第492号）",
                        ["article/outdated-reference"]))
    ap = next((s for s in rep.model["sections"] if s.get("key") == "appeals" and s.get("present")), None)
    if ap:
        a, b = rep.crange(ap["heading"]["range"])
        h = rep.text[a:b]
        cut = h.find("、") + 1 if "、" in h else 0
        out.append(edit(rep, "2007-era reference", "part 四 titled 因政府信息公开申请提起行政复议、行政诉讼的情况", a + cut, b,
                        "因政府信息公开申请提起行政复议、行政诉讼的情况", ["article/outdated-reference"]))
    return out


# --- tables ----------------------------------------------------------------------------------------

def row_cells(rep, table):
    rows = {}
    for key, value, a, b in rep.cells(table):
        rows.setdefault(key[1], []).append((key, value, a, b))
    return rows


def table_shape(rep, rng):
    """A value typed twice: a row of table 三 or 四 with one value more than the template."""
    out = []
    for table in ("requests", "appeals"):
        t = next((t for t in rep.model["tables"] if t["key"] == table), None)
        ncols = len(rep.expected["tables"][table]["columns"]) if table in rep.expected.get("tables", {}) else 0
        for row, cells in sample(rng, row_cells(rep, table).items(), 2 if table == "requests" else 1):
            if len(cells) != ncols or t is None:
                continue
            cells.sort(key=lambda c: c[2])
            (_, _, pa, pb), (_, v, a, b) = cells[-2], cells[-1]
            sep = rep.text[pb:a]
            if sep.strip():
                continue
            out.append(edit(rep, "extra value", "三/四 %s: value %s typed twice" % (row, rep.text[a:b]), b, b,
                            sep + rep.text[a:b], ["table/shape"], at=b + len(sep)))
    return out


def cell_value(rep, rng):
    out = []
    cells = rep.cells("requests") + rep.cells("appeals")
    for (key, value, a, b) in sample(rng, [c for c in cells if c[1] == 0], 3):
        repl = rng.choice(["-", "—", "/", "无", "－"])
        out.append(edit(rep, "cell not a number", "%s/%s 0→%s" % (key[1], key[2], repl), a, b, repl,
                        ["table/cell-value"]))
    return out


def identity_cells(rep, rng):
    """The cells of table 三's equations changed explicitly: 一/二/四 (identity), （七）总计 (result total)."""
    out = []
    cells = [c for c in rep.cells("requests") if c[0][2] != "organisations"]
    for rows, rules, kind in ((("new", "carried_over", "carried_forward"), ["table/identity"], "三 一/二/四 cell"),
                              (("handled_total",), ["table/result-total", "table/identity"], "三 （七）总计 cell")):
        for (key, value, a, b) in sample(rng, [c for c in cells if c[0][1] in rows], 2):
            new = same_width_change(value)
            out.append(edit(rep, kind, "三 %s/%s %g→%d" % (key[1], key[2], value, new), a, b, str(new), rules))
    return out


def proactive_cell(rep, block, row, col):
    return next((c for c in rep.cells("proactive") if c[0] == (block, row, col)), None)


def plausibility(rep, rng):
    out = []
    rules = ["table/plausibility"]
    agency = (rep.model.get("title") or {}).get("agency") or (rep.model.get("signature") or {}).get("agency") or ""
    made_col = "made"
    rule_cell = proactive_cell(rep, "item1", "rules", made_col)
    if rule_cell and rule_cell[1] == 0 and re.search(r"[镇乡县旗]|街道|(?<!自治)区", agency):
        out.append(edit(rep, "implausible table 二", "规章 made 0→1 for %s (H-5)" % agency, rule_cell[2], rule_cell[3],
                        "1", rules))
    if rep.expected["format"] == "2019":
        made = proactive_cell(rep, "item1", "normative", "made")
        pub = proactive_cell(rep, "item1", "normative", "published")
        if made and pub and made[1] > 0:
            out.append(edit(rep, "implausible table 二", "规范性文件 published %g→0 (made %g) (H-1)" % (pub[1], made[1]),
                            pub[2], pub[3], "0", rules))
        proj = proactive_cell(rep, "item9", "procurement", "projects")
        amount = proactive_cell(rep, "item9", "procurement", "amount")
        if proj and amount and proj[1] > 0 and amount[1] > 0:
            out.append(edit(rep, "implausible table 二", "采购总金额 %s→0 with %g projects (H-3)" %
                            (rep.text[amount[2]:amount[3]], proj[1]), amount[2], amount[3], "0", rules))
    return out


def unit(rep, rng):
    """The unit dropped from the amount label (本年收费金额（单位：万元） → 本年收费金额) with an amount > 0."""
    t = next((t for t in rep.model["tables"] if t["key"] == "proactive" and t.get("range")), None)
    amount = proactive_cell(rep, "item8", "fees", "amount") or proactive_cell(rep, "item9", "procurement", "amount")
    if not t or not amount or not amount[1]:
        return []
    a, b = rep.crange(t["range"])
    m = re.compile(r"(?:收费金额|采购总金额)\s*([（(]\s*(?:单位\s*[:：])?\s*万?元\s*[)）])").search(rep.text, a, b)
    if not m:
        return []
    return [edit(rep, "amount without unit", "drop %s" % m.group(1), m.start(1), m.end(1), "", ["table/unit"],
                 at=m.start())]


def unparsable(rep, rng):
    """A row of table 三 deleted (a row of the template is missing)."""
    t = next((t for t in rep.model["tables"] if t["key"] == "requests"), None)
    if not t:
        return []
    rows = [r for r in t.get("rows", []) if r.get("found") and r.get("range")]
    out = []
    for i in range(1, len(rows) - 1):
        if rows[i]["key"] not in ("withheld_law", "unable_creation", "not_processed_repeat"):
            continue
        a = rep.c(rows[i]["range"]["start"])
        b = rep.c(rows[i + 1]["range"]["start"])
        if "\n" in rep.text[a:b] and rep.text[a - 1] not in "\n":
            continue
        # the missing row may be reported where it should be or at the row before the gap
        prev = rep.line(rep.c(rows[i - 1]["range"]["start"]))
        out.append(edit(rep, "row deleted", "三 row %s deleted" % rows[i]["key"], a, b, "",
                        ["table/unparsable", "table/shape"], accept=range(prev, rep.line(a) + 1)))
    return sample(rng, out, 1)


# --- narrative -------------------------------------------------------------------------------------

STOP = re.compile(r"包括|包含|主要|涉及|重点|含|例如|如：|诸如|以上|近|约|超过|不少于|至少|余|多|等|较|同比|环比|增|减|累计|另|占|（|\(")


def narrative_sum(rep, rng):
    """The total of a partition "N条，其中A条、B条" changed (the parts no longer add up)."""
    out = []
    for m in re.finditer(r"(\d+)([条件篇期次])[，,：:]?其中", rep.text):
        if not rep.in_prose(m.start(1)):
            continue
        unit = m.group(2)
        end = re.compile("[。；！？\n]").search(rep.text, m.end())
        tail = rep.text[m.end():end.start() if end else len(rep.text)]
        if STOP.search(tail):
            continue
        parts = [int(x) for x in re.findall(r"(\d+)" + unit, tail)]
        if len(parts) < 2 or sum(parts) != int(m.group(1)):
            continue
        total = int(m.group(1))
        new = same_width_change(total)
        out.append(edit(rep, "breakdown total", "%d%s，其中… (parts %s) → %d" % (total, unit, "+".join(map(str, parts)),
                                                                            new),
                        m.start(1), m.end(1), str(new), ["narrative/sum"]))
    return sample(rng, out, 2)


def contradiction(rep, rng):
    out = []
    req = {(r, c): v for (_, r, c), (v, _) in rep.expected_cells("requests").items()}
    rules = ["narrative/contradiction"]
    if req.get(("carried_forward", "total"), 0) > 0:
        m = re.search(r"均在法定期限内(答复|办结)", rep.text)
        if m and rep.in_prose(m.start()):
            out.append(edit(rep, "prose contradicts table", "均在法定期限内答复 → 均已按时办结 (结转 %d)" %
                            req[("carried_forward", "total")], m.start(), m.end(), "均已按时办结", rules))
    received = [m for m in re.finditer(r"(?:收到|新收|受理)[^。；，]{0,15}申请(\d+)件", rep.text)
                if int(m.group(1)) > 0 and rep.in_prose(m.start())]
    other = section_of(rep, "other")
    if received and other:
        k = other[3]
        while k < other[2] and rep.text[k] in " \t\u3000\n#":
            k += 1
        if k < other[2]:
            out.append(edit(rep, "prose contradicts prose", "section 六 opens with 本年度未收到政府信息公开申请。", k, k,
                            "本年度未收到政府信息公开申请。", rules))
    return out


TOPICS = {
    "平台建设": ["平台", "门户网站", "政府网站", "网站建设", "网站", "公开栏", "公开专栏", "政务新媒体", "微信公众号"],
    "监督保障": ["监督保障", "监督", "保障", "考核", "培训", "组织领导", "领导小组", "责任追究"],
}


def flat(s):
    return re.sub(r"\s+", "", s)


def required_topics(rep, rng):
    """The 平台建设 or 监督保障 subsection of 总体情况 deleted, where no other sentence there covers it."""
    ov = section_of(rep, "overview")
    if not ov:
        return []
    _, a, b, h_end = ov
    subs = [m for m in SUB_HEADING.finditer(rep.text, h_end, b)]
    out = []
    for i, m in enumerate(subs):
        topic = next((t for t in TOPICS if rep.text.startswith(t, m.end()) or
                      rep.text.startswith("政府信息公开" + t, m.end())), None)
        if not topic:
            continue
        s = m.start()
        while s > h_end and rep.text[s - 1] in " \t\u3000":
            s -= 1
        e = subs[i + 1].start() if i + 1 < len(subs) else b
        while i + 1 < len(subs) and e > s and rep.text[e - 1] in " \t\u3000":
            e -= 1
        rest = flat(rep.text[h_end:s] + rep.text[e:b])
        if any(w in rest for w in TOPICS[topic]):
            continue  # the topic is still covered elsewhere in 总体情况: no defect
        out.append(edit(rep, "overview topic deleted", "delete （…）%s" % topic, s, e, "", ["narrative/required-topics"],
                        at=a))
    return out


GOV_TOPICS = {"工作考核": ["考核", "考评", "绩效评估"], "社会评议": ["社会评议", "评议", "群众评价", "满意度"],
              "责任追究": ["责任追究", "追究责任", "追责", "问责", "追究"]}


def government_topics(rep, rng):
    """The sentence on 工作考核/社会评议/责任追究 deleted from a people's government's report."""
    agency = ((rep.model.get("title") or {}).get("agency") or "") + " " + \
        ((rep.model.get("signature") or {}).get("agency") or "")
    if not re.search(r"(人民政府|镇|乡|镇政府|乡政府)(\s|$)", agency + " "):
        return []
    ov = section_of(rep, "overview")
    if not ov:
        return []
    out = []
    seen = set()
    # sentences run over PDF line breaks; each starts at its first character (after the indentation)
    # (a blank line or a subheading line before it is no part of it)
    sentences = []
    for m in re.finditer(r"[\s\u3000]*([^。；\s\u3000][^。；]*[。；])", rep.text):
        a = m.start(1)
        for cut in re.finditer(r"\n[ \t\u3000]*\n|（[一二三四五六七八九十]{1,2}）[^\n。]*\n", m.group(1)):
            a = m.start(1) + cut.end()
        while rep.text[a] in " \t\u3000\n":
            a += 1
        if rep.in_prose(a):
            sentences.append((a, m.end()))
    for topic, words in GOV_TOPICS.items():
        hit = [(a, b) for a, b in sentences if any(w in flat(rep.text[a:b]) for w in words)]
        if not hit or len(hit) > 2 or tuple(hit) in seen:
            continue
        seen.add(tuple(hit))
        new = rep.text
        for a, b in reversed(hit):
            new = new[:a] + new[b:]
        if any(w in flat(new) for w in words):
            continue
        out.append(region(rep, "government topic deleted", "delete the %s sentence(s)" % topic, new,
                          ["narrative/government-topics"], [rep.line(ov[1])]))
    return out


def missing_number(rep, rng):
    """A count left out of the prose: "申请52件" → "申请件" or a blank left for it."""
    cands = prose_numbers(rep, NUM_LEFT + r"(\d+)[条件](?=[，。；、,])")
    out = []
    for m in sample(rng, cands, 3):
        repl = rng.choice(["", "  "])
        out.append(edit(rep, "number left out", "%s → %s" % (m.group(0), m.group(0).replace(m.group(1), repl)),
                        m.start(1), m.end(1), repl, ["narrative/missing-number"]))
    return out


def narrative_year(rep, rng):
    """The year opening 总体情况 ("2021年，…") or a 截至…12月31日 cut-off one year off."""
    year = rep.expected["year"]
    out = []
    ov = section_of(rep, "overview")
    if ov:
        k = ov[3]
        while k < ov[2] and rep.text[k] in " \t\u3000\n":
            k += 1
        if rep.text.startswith("%d年" % year, k):
            out.append(edit(rep, "year in the text", "总体情况 opens with %d年" % (year - 1), k, k + 4, str(year - 1),
                            ["narrative/year"]))
    for m in re.finditer(r"截[至止](%d)年12月31日" % year, rep.text[:ov[2] if ov else len(rep.text)]):
        out.append(edit(rep, "year in the text", "截至%d年12月31日" % (year + 1), m.start(1), m.end(1), str(year + 1),
                        ["narrative/year"]))
    return out


def deadline(rep, rng):
    sig = rep.model.get("signature") or {}
    if not sig.get("date_range"):
        return []
    a, b = rep.crange(sig["date_range"])
    m = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日").search(rep.text, a, b)
    if not m:
        return []
    y = rep.expected["year"] + 1
    new = rng.choice(["%d年3月31日" % y, "%d年2月%d日" % (y, rng.randint(10, 28))])
    return [edit(rep, "late signature date", "signature %s → %s" % (m.group(), new), m.start(), m.end(), new,
                 ["narrative/deadline"])]


def undated(rep, rng):
    sig = rep.model.get("signature") or {}
    if not sig.get("date_range"):
        return []
    a, b = rep.crange(sig["date_range"])
    while a > 0 and rep.text[a - 1] in " \t\u3000":
        a -= 1
    m = edit(rep, "signature date deleted", "delete %s" % rep.text[a:b].strip(), a, b, "", ["narrative/undated"])
    m.any_line = True
    return [m]


# --- text ------------------------------------------------------------------------------------------

def artifact(rep, rng):
    out = []
    prose = [(a, b) for key, a, b, _ in section_spans(rep) if key in ("overview", "problems", "other")]
    paras = []
    for p in rep.model["paragraphs"]:
        a = rep.c(p["range"]["start"])
        if any(x <= a < y for x, y in prose) and rep.in_prose(a) and HAN_AT(rep.text, a):
            paras.append(a)
    # a paragraph after a blank line (not a PDF line that continues a sentence), where there is one
    after_blank = [a for a in paras if re.search(r"\n[ \t\u3000]*\n[ \t\u3000]*$", rep.text[max(0, a - 40):a])]
    for a in sample(rng, after_blank or paras, 1):
        out.append(edit(rep, "export placeholder", "[image: 图片1] before a paragraph", a, a, "[image: 图片1]",
                        ["text/artifact"]))
    cands = prose_numbers(rep, NUM_LEFT + r"(\d+)(?:次|人次|场|期|个)")
    for m in sample(rng, cands, 1):
        out.append(edit(rep, "export placeholder", "%s → XX" % m.group(0), m.start(1), m.end(1), "XX",
                        ["text/artifact"]))
    return out


def HAN_AT(text, a):  # noqa: N802
    return bool(re.match(r"[\s\u3000]*[\u4e00-\u9fff（]", text[a:a + 8]))


S2T = dict(zip(
    "报务开发个条请处办议讼复关为会这规范对进动单体况总结转计数据统时间门网县镇区级图资应当实现种类项业导领组织训传监督质量专栏"
    "视频读解审查严费收馈渠畅评东乡许执强罚决标准济营环价农与号设维护员们录责题户热线",
    "報務開發個條請處辦議訟復關為會這規範對進動單體況總結轉計數據統時間門網縣鎮區級圖資應當實現種類項業導領組織訓傳監督質量專欄"
    "視頻讀解審查嚴費收饋渠暢評東鄉許執強罰決標準濟營環價農與號設維護員們錄責題戶熱線"))


def traditional(rep, rng):
    new = "".join(S2T.get(ch, ch) for ch in rep.text)
    m = region(rep, "Traditional script", "whole text in Traditional characters", new, ["text/traditional-script"], [1])
    m.any_line = True
    return [m]


PINYIN = {"镇": "zhèn", "县": "xiàn", "乡": "xiāng", "审": "shěn", "核": "hé", "讼": "sòng", "议": "yì", "复": "fù",
          "栏": "lán", "诉": "sù"}


def pinyin(rep, rng):
    idx = [i for i, ch in enumerate(rep.text) if ch in PINYIN and rep.in_prose(i)]
    if len(idx) < 3:
        return []
    new = rep.text
    for i in sorted(sample(rng, idx, 8), reverse=True):
        new = new[:i + 1] + "(%s)" % PINYIN[new[i]] + new[i + 1:]
    m = region(rep, "pinyin injected", "pinyin after %d characters" % min(8, len(idx)), new,
               ["text/pinyin-annotation"], [1])
    m.any_line = True
    return [m]


# --- issue 11: what real reports still defeated -----------------------------------------------------

def separated(rep, a, b):
    """Is the cell [a, b) a field of a row of cells separated by TABs or pipes (not a value alone on
    a line, indented by a TAB)?"""
    line = rep.text[rep.text.rfind("\n", 0, a) + 1:rep.text.find("\n", b) if rep.text.find("\n", b) >= 0 else None]
    if line.count("\t") + line.count("|") < 2:
        return False
    before = rep.text[max(0, a - 2):a]
    after = rep.text[b:b + 2]
    return (before.endswith("\t") or before.endswith("| ") or before.endswith("|")) and \
        (after == "" or after[0] in "\t\n" or after.startswith(" |") or after.startswith("|"))


def blank_cells(rep, rng):
    """In rows of cells separated by TABs or pipes: a non-zero 总计 of table 三 left blank (the field
    kept), which the relations read as 0; a 0 of table 三 or 四 left blank (a zero left empty)."""
    out = []
    cells = [c for c in rep.cells("requests") if separated(rep, c[2], c[3])]
    totals = [c for c in cells if c[0][2] == "total" and c[1] > 0]
    for (key, value, a, b) in sample(rng, totals, 2):
        out.append(edit(rep, "blank 总计 beside non-zero parts", "三 %s 总计 %g → blank" % (key[1], value), a, b, "",
                        ["table/row-sum", "table/identity", "table/result-total"]))
    zeros = [c for c in cells + [c for c in rep.cells("appeals") if separated(rep, c[2], c[3])] if c[1] == 0]
    for (key, value, a, b) in sample(rng, zeros, 2):
        out.append(edit(rep, "zero left blank", "%s/%s 0 → blank" % (key[1], key[2]), a, b, "", ["table/blank-cell"]))
    return out


def version_one_label(rep, rng):
    """One item-1 column of table 二 in the other format's wording (the rest of the table right)."""
    found = proactive_span_and_other_labels(rep)
    if not found:
        return []
    (a, b), labels = found
    old, lab = rng.choice(sorted(labels.items()))
    new, starts = relabel(rep.text, a, b, old, lab)
    if not starts:
        return []
    return [region(rep, "one label of the other format", "table 二 %s → %s" % (old, lab), new,
                   ["format/version-mismatch"], sorted({mline(new, x) for x in starts}))]


OTHER_ROWS = ("other_overdue_correction", "other_overdue_fee", "other_other")


def older_single_row(rep, rng):
    """A 2021 table 三 whose （六）其他处理 is the 2019 single row: its three sub-rows, each on a line of
    its own, replaced by one row of their sums."""
    if rep.expected["format"] != "2021":
        return []
    rows = {r["row"]: r for r in rep.expected["tables"]["requests"]["rows"]}
    if not all(k in rows for k in OTHER_ROWS):
        return []
    lines = [rows[k]["line"] for k in OTHER_ROWS]
    if lines != list(range(lines[0], lines[0] + 3)) or rows[OTHER_ROWS[0]].get("lines"):
        return []
    text_lines = rep.text.split("\n")
    first = text_lines[lines[0] - 1]
    k = first.find("（六）其他处理")
    if k < 0:
        return []
    sep = "\t" if "\t" in first else " | " if "|" in first else None
    if sep is None:
        return []
    sums = [sum(0 if v == "blank" else v for v in col) for col in zip(*(rows[r]["values"] for r in OTHER_ROWS))]
    prefix = first[:k] + "（六）其他处理" + sep
    line = prefix + sep.join(str(v) for v in sums) + (" |" if sep == " | " else "")
    new_lines = text_lines[:lines[0] - 1] + [line] + text_lines[lines[0] + 2:]
    return [region(rep, "older format's single row", "三 （六）其他处理 as one row", "\n".join(new_lines),
                   ["table/label"], [lines[0]])]


def carry_over_beside(rep, rng):
    """"本年新收…申请N件，上年结转M件" → "共收到…申请N+M件，上年结转M件": the sentence states the
    carry-over beside the count, so the count must be the new applications alone."""
    m = re.search(r"本年新收(政府信息公开申请)(\d+)件，上年结转(\d+)件", rep.text)
    if not m or int(m.group(3)) == 0 or not rep.in_prose(m.start()):
        return []
    total = int(m.group(2)) + int(m.group(3))
    repl = "共收到%s%d件，上年结转%s件" % (m.group(1), total, m.group(3))
    return [edit(rep, "carry-over beside the count", "%s → %s" % (m.group(0), repl), m.start(), m.end(), repl,
                 ["narrative/table-mismatch"])]


def list_item_missing_number(rep, rng):
    """The first item of a list of counts loses its number: "其中政策文件271条、工作动态50条" → "其中政策文件条、…"."""
    cands = prose_numbers(rep, r"其中[\u4e00-\u9fff]{2,8}?(\d+)[条件]、[\u4e00-\u9fff]{2,8}?\d+[条件]")
    out = []
    for m in sample(rng, cands, 1):
        out.append(edit(rep, "first list item without its number", "%s → without %s" % (m.group(0), m.group(1)),
                        m.start(1), m.end(1), "", ["narrative/missing-number"]))
    return out


GENERATORS = [section_order, numbering, title, part_count, empty_section, version_mismatch, outdated_reference,
              table_shape, cell_value, identity_cells, plausibility, unit, unparsable, narrative_sum, contradiction,
              required_topics, government_topics, missing_number, narrative_year, deadline, undated, artifact,
              traditional, pinyin, blank_cells, version_one_label, older_single_row, carry_over_beside,
              list_item_missing_number]


def generate(rep, rng):
    out = []
    for g in GENERATORS:
        out += g(rep, rng)
    return out
