#!/usr/bin/env python3
"""Generator for tests/model: writes clean reports in many layouts and, from the same
numbers and the same line bookkeeping, the expected YAML. Nothing here reads the parser."""
import os
import random
import sys
import unicodedata

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SECTIONS = [("overview", "一、总体情况"), ("proactive", "二、主动公开政府信息情况"),
            ("requests", "三、收到和处理政府信息公开申请情况"), ("appeals", "四、政府信息公开行政复议、行政诉讼情况"),
            ("problems", "五、存在的主要问题及改进情况"), ("other", "六、其他需要报告的事项")]

BLOCKS = {
    "2021": [
        ("item1", "第二十条第（一）项", [("made", "本年制发件数"), ("repealed", "本年废止件数"), ("valid", "现行有效件数")],
         [("rules", "规章"), ("normative", "行政规范性文件")]),
        ("item5", "第二十条第（五）项", [("decisions", "本年处理决定数量")], [("licensing", "行政许可")]),
        ("item6", "第二十条第（六）项", [("decisions", "本年处理决定数量")],
         [("penalties", "行政处罚"), ("enforcement", "行政强制")]),
        ("item8", "第二十条第（八）项", [("amount", "本年收费金额（单位：万元）")], [("fees", "行政事业性收费")]),
    ],
    "2019": [
        ("item1", "第二十条第（一）项", [("made", "本年新制作数量"), ("published", "本年新公开数量"), ("total", "对外公开总数量")],
         [("rules", "规章"), ("normative", "规范性文件")]),
        ("item5", "第二十条第（五）项", [("previous", "上一年项目数量"), ("change", "本年增/减"), ("decisions", "处理决定数量")],
         [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")]),
        ("item6", "第二十条第（六）项", [("previous", "上一年项目数量"), ("change", "本年增/减"), ("decisions", "处理决定数量")],
         [("penalties", "行政处罚"), ("enforcement", "行政强制")]),
        ("item8", "第二十条第（八）项", [("previous", "上一年项目数量"), ("change", "本年增/减")], [("fees", "行政事业性收费")]),
        ("item9", "第二十条第（九）项", [("projects", "采购项目数量"), ("amount", "采购总金额")], [("procurement", "政府集中采购")]),
    ],
}

CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
COLS = ["natural", "commercial", "research", "public_interest", "legal_services", "other", "total"]
COL_LABELS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
LEGAL = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

RES = "三、本年度办理结果"


def request_rows(fmt):
    """(key, label, parents-starting-here). Parents are merged labels without values."""
    rows = [("new", "一、本年新收政府信息公开申请数量", []), ("carried_over", "二、上年结转政府信息公开申请数量", []),
            ("disclosed", "（一）予以公开", [RES]),
            ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", []),
            ("withheld_secret", "1.属于国家秘密", ["（三）不予公开"]),
            ("withheld_law", "2.其他法律行政法规禁止公开", []),
            ("withheld_security", "3.危及“三安全一稳定”", []),
            ("withheld_third_party", "4.保护第三方合法权益", []),
            ("withheld_internal", "5.属于三类内部事务信息", []),
            ("withheld_process", "6.属于四类过程性信息", []),
            ("withheld_enforcement", "7.属于行政执法案卷", []),
            ("withheld_query", "8.属于行政查询事项", []),
            ("unable_no_info", "1.本机关不掌握相关政府信息", ["（四）无法提供"]),
            ("unable_creation", "2.没有现成信息需要另行制作", []),
            ("unable_unclear", "3.补正后申请内容仍不明确", []),
            ("not_processed_complaint", "1.信访举报投诉类申请", ["（五）不予处理"]),
            ("not_processed_repeat", "2.重复申请", []),
            ("not_processed_publication", "3.要求提供公开出版物", []),
            ("not_processed_massive", "4.无正当理由大量反复申请", []),
            ("not_processed_confirm", "5.要求行政机关确认或重新出具已获取信息", [])]
    if fmt == "2021":
        rows += [("other_overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["（六）其他处理"]),
                 ("other_overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", []),
                 ("other_other", "3.其他", [])]
    else:
        rows += [("other_handling", "（六）其他处理", [])]
    rows += [("handled_total", "（七）总计", []), ("carried_forward", "四、结转下年度继续办理", [])]
    return rows


RESULT_KEYS = {f: [k for k, _, _ in request_rows(f) if k not in ("new", "carried_over", "handled_total", "carried_forward")]
               for f in ("2019", "2021")}

APPEAL_GROUPS = ["review", "direct", "after_review"]
APPEAL_COLS = ["upheld", "corrected", "other", "pending", "total"]
APPEAL_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


# ---------------------------------------------------------------- data

def make_data(seed, fmt, scale):
    rnd = random.Random(seed)
    d = {}
    if fmt == "2021":
        made = rnd.randint(1, 6)
        d["proactive"] = {
            "item1": {"rules": [0, 0, 0], "normative": [made, rnd.randint(0, 3), made + rnd.randint(8, 30)]},
            "item5": {"licensing": [rnd.randint(20, 400) * scale]},
            "item6": {"penalties": [rnd.randint(3, 90) * scale], "enforcement": [rnd.randint(0, 12)]},
            "item8": {"fees": [round(rnd.randint(0, 2000) / 100, 2)]},
        }
    else:
        made = rnd.randint(1, 5)
        d["proactive"] = {
            "item1": {"rules": [0, 0, 0], "normative": [made, made, made + rnd.randint(6, 20)]},
            "item5": {"licensing": [rnd.randint(5, 30), rnd.choice([-2, -1, 1, 3]), rnd.randint(20, 300)],
                      "other_services": [rnd.randint(10, 40), rnd.choice([2, -3, 4]), rnd.randint(50, 600)]},
            "item6": {"penalties": [rnd.randint(3, 20), rnd.choice([1, -1, 0]), rnd.randint(2, 60)],
                      "enforcement": [rnd.randint(1, 5), 0, rnd.randint(0, 6)]},
            "item8": {"fees": [rnd.randint(1, 4), -1]},
            "item9": {"procurement": [rnd.randint(1, 6), round(rnd.randint(500, 90000) / 100, 2)]},
        }
    # table 三: per applicant column
    res = {k: [0] * 6 for k in RESULT_KEYS[fmt]}
    weights = [1.0, 0.45, 0.12, 0.15, 0.3, 0.2]
    for k in res:
        base = {"disclosed": 9, "partial": 3, "unable_no_info": 5, "not_processed_repeat": 2, "withheld_third_party": 2,
                "withheld_process": 2, "not_processed_complaint": 2, "other_other": 2, "other_overdue_correction": 2,
                "other_handling": 3}.get(k, 1)
        for c in range(6):
            hi = int(round(base * weights[c] * scale))
            v = rnd.randint(0, max(hi, 1)) if rnd.random() < (0.9 if c == 0 else 0.45) else 0
            res[k][c] = v
    res["disclosed"][0] = max(res["disclosed"][0], 2 * scale)
    handled = [sum(res[k][c] for k in res) for c in range(6)]
    cf = [rnd.randint(0, 2) if rnd.random() < 0.6 else 0 for _ in range(6)]
    co = [min(rnd.randint(0, 2) if rnd.random() < 0.6 else 0, handled[c] + cf[c]) for c in range(6)]
    new = [handled[c] + cf[c] - co[c] for c in range(6)]
    req = {"new": new, "carried_over": co}
    req.update(res)
    req["handled_total"] = handled
    req["carried_forward"] = cf
    d["requests"] = {k: v + [sum(v)] for k, v in req.items()}
    ap = []
    for g in range(3):
        hi = [2, 1, 1][g] * max(1, scale // 2)
        four = [rnd.randint(0, hi) for _ in range(4)]
        ap += four + [sum(four)]
    d["appeals"] = ap
    return d


# ---------------------------------------------------------------- text helpers

def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, w):
    return s + " " * max(1, w - width(s))


def fmtv(v):
    if isinstance(v, float):
        s = ("%.2f" % v).rstrip("0").rstrip(".")
        return s
    return str(v)


class Out:
    def __init__(self):
        self.lines = []

    def add(self, s=""):
        self.lines.append(s)
        return len(self.lines)

    def blank(self):
        self.add("")


class Expect:
    """Collects expected cells: table -> list of row dicts."""

    def __init__(self):
        self.tables = {"proactive": [], "requests": [], "appeals": []}
        self.sections = []

    def row(self, table, block, row, values, lines):
        self.tables[table].append({"block": block, "row": row, "values": list(values), "lines": list(lines)})


# ---------------------------------------------------------------- prose

def prose(r):
    d, fmt, year = r["data"], r["fmt"], r["year"]
    name, short = r["agency"], r["short"]
    q = d["requests"]
    ap = d["appeals"]
    p = d["proactive"]
    total_pub = r["published"]
    parts = r["published_parts"]
    town = name.endswith("镇人民政府")
    new_t, co_t = q["new"][6], q["carried_over"][6]
    withheld = sum(q[k][6] for k in RESULT_KEYS[fmt] if k.startswith("withheld"))
    unable = sum(q[k][6] for k in RESULT_KEYS[fmt] if k.startswith("unable"))
    notp = sum(q[k][6] for k in RESULT_KEYS[fmt] if k.startswith("not_processed"))
    othh = sum(q[k][6] for k in RESULT_KEYS[fmt] if k.startswith("other_"))
    review, direct, after = ap[4], ap[9], ap[14]
    if fmt == "2021":
        normative = "本年制发行政规范性文件%d件，废止%d件，现行有效%d件" % tuple(p["item1"]["normative"])
        lic = "办理行政许可事项%d件，作出行政处罚决定%d件、行政强制决定%d件" % (
            p["item5"]["licensing"][0], p["item6"]["penalties"][0], p["item6"]["enforcement"][0])
    else:
        normative = "本年新制作规范性文件%d件，新公开%d件，对外公开总数%d件" % tuple(p["item1"]["normative"])
        lic = "办理行政许可事项%d件，作出行政处罚决定%d件" % (p["item5"]["licensing"][2], p["item6"]["penalties"][2])
    parts_txt = "、".join("%s%d条" % (k, v) for k, v in parts)
    s = {}
    s["intro"] = [
        "本报告由%s根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和%s有关要求编制。全文包括总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分。"
        "本报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。本报告电子版可在%s门户网站（%s）下载。"
        "如对本报告有疑问，请与%s联系（地址：%s；电话：%s）。" % (
            name, r["superior"], year, year, r["portal"], r["url"], r["office"], r["address"], r["phone"]),
    ]
    s["overview"] = [
        "%d年，%s坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署，"
        "围绕中心工作推进决策、执行、管理、服务、结果公开，政府信息公开工作质量稳步提升。" % (year, short),
        "（一）主动公开",
        "全年通过%s主动公开政府信息%d条，其中%s。%s，均按规定在%s政府信息公开专栏公开。" % (
            r["channels"], total_pub, parts_txt, normative, r["portal"]),
        "（二）依申请公开",
        "本年新收政府信息公开申请%d件，上年结转%d件。办理结果中，予以公开%d件，部分公开%d件，不予公开%d件，无法提供%d件，"
        "不予处理%d件，其他处理%d件，结转下年度继续办理%d件。所有申请均在法定期限内答复。" % (
            new_t, co_t, q["disclosed"][6], q["partial"][6], withheld, unable, notp, othh, q["carried_forward"][6]),
        "（三）政府信息管理",
        "严格落实公开前保密审查和“三审三校”制度，%s，对现行有效规范性文件进行集中清理，及时调整主动公开基本目录。" % (
            "全年" + lic),
        "（四）政府信息公开平台建设",
        "持续优化%s政府信息公开专栏栏目设置，加强政务新媒体管理，做好政务服务便民热线与公开平台的衔接。" % r["portal"],
        "（五）监督保障",
        "将政务公开工作纳入年度工作考核，主动接受社会评议，畅通意见反馈渠道，全年未发生因政府信息公开工作被责任追究的情况。"
        + ("组织镇村干部开展《条例》专题培训2次。" if town else "组织机关干部开展《条例》专题培训2次。"),
    ]
    s["problems"] = [
        "%d年，%s政府信息公开工作取得了一定成效，但仍存在一些不足：一是部分信息更新不够及时；二是政策解读形式较为单一；"
        "三是基层工作人员业务能力有待提升。" % (year, short),
        "下一步，%s将重点做好以下三方面工作：一是健全信息发布审核机制，确保信息及时准确公开；二是丰富图解、视频等解读形式，"
        "提高政策解读质量；三是加强业务培训，提升工作人员能力水平。" % short,
    ]
    s["other"] = [
        "本年度%s未收取信息处理费。%d年，%s认真落实年度政务公开工作要点，" % (short, year, short)
        + ("按照《条例》第二十一条要求重点公开农业农村政策、土地征收、社会救助等信息。" if town
           else "办理人大代表建议和政协提案的结果均已按要求公开。"),
    ]
    s["requests_text"] = "本年度收到和处理政府信息公开申请情况如下表。"
    if review + direct + after == 0:
        s["appeals_text"] = "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"
    else:
        s["appeals_text"] = "本年度因政府信息公开工作被申请行政复议%d件，被提起行政诉讼%d件（其中未经复议直接起诉%d件、复议后起诉%d件）。" % (
            review, direct + after, direct, after)
    return s


# ---------------------------------------------------------------- table layouts
# Each renderer: render_xxx(out, exp, r, table) appends lines and records expectations.

def vals_of_block(r, block):
    return r["data"]["proactive"][block[0]]


def header_appeals_rows():
    return [["行政复议", "行政诉讼"],
            APPEAL_LABELS + ["未经复议直接起诉", "复议后起诉"],
            APPEAL_LABELS + APPEAL_LABELS]


# -- (a)/(d)/2019 one cell per line ------------------------------------------------

def one_per_line(out, exp, r, table, indent, blank_between, untidy=False):
    """untidy (like examples/000): header labels broken over lines, a blank line inside the
    corner note and inside a long row label, ideographic or ASCII spaces after some values."""
    I = indent
    fmt = r["fmt"]
    tails = ["　　", "", " ", "", "　", ""] if untidy else [""]

    def gap():
        if blank_between:
            out.blank()

    def label(text, cut=None, blank=False):
        if untidy and cut and cut in text:
            a, b = text.split(cut, 1)
            out.add(I + a + cut)
            if blank:
                out.blank()
            out.add(b)
        else:
            out.add(I + text)

    counter = [0]

    def value(v):
        counter[0] += 1
        return out.add(I + fmtv(v) + tails[counter[0] % len(tails)])

    if table == "proactive":
        for block in BLOCKS[fmt]:
            key, cap, cols, rows = block
            out.add(I + cap)
            gap()
            out.add(I + "信息内容")
            for _, lab in cols:
                label(lab, {"本年制发件数": "本年制发", "现行有效件数": "现行有效", "本年处理决定数量": "本年处理",
                            "本年收费金额（单位：万元）": "本年收费金额"}.get(lab), lab == "现行有效件数")
            gap()
            for rk, rl in rows:
                out.add(I + rl)
                vals = vals_of_block(r, block)[rk]
                lines = [value(v) for v in vals]
                exp.row("proactive", key, rk, vals, lines)
                gap()
    elif table == "requests":
        label(CORNER, "第一项加第二项之和，", True)
        out.add(I + "申请人情况")
        gap()
        out.add(I + "自然人")
        out.add(I + "法人或其他组织")
        out.add(I + "总计")
        gap()
        for lab in LEGAL:
            out.add(I + lab)
        gap()
        for rk, rl, parents in request_rows(fmt):
            for pl in parents:
                out.add(I + pl)
            label(rl, {"not_processed_confirm": "确认或重新", "partial": "部分公开（",
                       "other_overdue_fee": "缴纳费用、"}.get(rk), rk == "not_processed_confirm")
            vals = r["data"]["requests"][rk]
            lines = [value(v) for v in vals]
            exp.row("requests", "", rk, vals, lines)
            gap()
    else:
        for hr in header_appeals_rows():
            for h in hr:
                label(h, {"结果维持": "结果", "尚未审结": "尚未", "总计": "总"}.get(h), h == "结果维持")
            gap()
        vals = r["data"]["appeals"]
        lines = [value(v) for v in vals]
        exp.row("appeals", "", "values", vals, lines)


def render_a(out, exp, r, table):
    one_per_line(out, exp, r, table, "\t", True, untidy=True)


def render_d(out, exp, r, table):
    one_per_line(out, exp, r, table, "", False)


def render_2019_one(out, exp, r, table):
    one_per_line(out, exp, r, table, "", True)


# -- (b) pipes ------------------------------------------------------------------------

def render_b(out, exp, r, table):
    fmt = r["fmt"]
    if table == "proactive":
        for block in BLOCKS[fmt]:
            key, cap, cols, rows = block
            out.add(cap + " | ||||")
            # header cells keep the line breaks of the web table as spaces (like examples/001)
            heads = [{"本年制发件数": "本年制发 件数", "现行有效件数": "现行有效 件数"}.get(l, l) for _, l in cols]
            out.add(" | ".join(["信息内容"] + heads) + " |" + " |" * (3 - len(cols)) + " |")
            for rk, rl in rows:
                vals = vals_of_block(r, block)[rk]
                ln = out.add(" | ".join([rl] + [fmtv(v) for v in vals]) + " |" + " |" * (3 - len(cols)) + " |")
                exp.row("proactive", key, rk, vals, [ln] * len(vals))
    elif table == "requests":
        out.add(CORNER + " | 申请人情况 | ||||||||")
        out.add("自然人 | 法人或其他组织 | 总计 | |||||||")
        sub = r.get("subtotal_first")
        out.add(" | ".join((["小计"] if sub else []) + ["社会公益 组织" if l == "社会公益组织" else l for l in LEGAL])
                + " | |||||")
        for rk, rl, parents in request_rows(fmt):
            vals = r["data"]["requests"][rk]
            if sub:  # 法人或其他组织 小计 right after 自然人
                vals = vals[:1] + [sum(vals[1:6])] + vals[1:]
            cells = parents + [rl] + [fmtv(v) for v in vals]
            ln = out.add(" | ".join(cells) + " |" + (" |" if not parents else ""))
            exp.row("requests", "", rk, vals, [ln] * len(vals))
    else:
        out.add("行政复议 | 行政诉讼 | |||||||||||||")
        out.add(" | ".join(APPEAL_LABELS + ["未经复议直接起诉", "复议后起诉"]) + " | ||||||||")
        out.add(" | ".join(APPEAL_LABELS * 2) + " | |||||")
        vals = r["data"]["appeals"]
        ln = out.add(" | ".join(fmtv(v) for v in vals) + " |")
        exp.row("appeals", "", "values", vals, [ln] * 15)


# -- (c) tabs with merged-cell padding (like examples/003) ---------------------------

def tab_rows(out, exp, r, table, subtotal=False):
    fmt = r["fmt"]
    T = "\t"
    if table == "proactive":
        for block in BLOCKS[fmt]:
            key, cap, cols, rows = block
            out.add(cap + T * 3)
            out.add(T.join(["信息内容"] + [l for _, l in cols]))
            for rk, rl in rows:
                vals = vals_of_block(r, block)[rk]
                ln = out.add(T.join([rl] + [fmtv(v) for v in vals]))
                exp.row("proactive", key, rk, vals, [ln] * len(vals))
    elif table == "requests":
        if subtotal:
            out.add(CORNER + T + T + "申请人情况" + T * 8)
            out.add(T + T + "自然人" + T + "法人或其他组织" + T * 6 + "总计")
            out.add(T * 3 + T.join(LEGAL + ["小计"]) + T)
        else:
            out.add(CORNER + T + T + "申请人情况" + T * 6 + "总计" + T * 2)
            out.add(T + T + "自然人" + T + "法人或其他组织" + T * 7)
            out.add(T * 3 + T.join(LEGAL) + T * 3)
        sub_parent = None
        for rk, rl, parents in request_rows(fmt):
            vals = r["data"]["requests"][rk]
            vs = [fmtv(v) for v in vals]
            if subtotal:
                vs = vs[:6] + [str(sum(vals[1:6]))] + vs[6:]
                vals = vals[:6] + [sum(vals[1:6])] + vals[6:]
            if parents and parents[0] != RES:
                sub_parent = parents[0]
            if rk in ("new", "carried_over", "carried_forward"):
                line = rl + T + T + T.join(vs) + T + T
            elif rk == "disclosed":
                line = RES + T + rl + T + T + T.join(vs) + T
            elif rk in ("partial",) or (fmt == "2019" and rk == "other_handling") or rk == "handled_total":
                line = T + rl + T + T + T.join(vs) + T
            elif parents:
                line = T + parents[0] + T + rl + T + T + T.join(vs)
            else:
                line = T + T + rl + T + T + T.join(vs)
            ln = out.add(line)
            exp.row("requests", "", rk, vals, [ln] * len(vals))
    else:
        out.add("行政复议" + T * 5 + "行政诉讼" + T * 9)
        out.add(T.join(APPEAL_LABELS) + T + "未经复议直接起诉" + T * 5 + "复议后起诉" + T * 4)
        out.add(T * 5 + T.join(APPEAL_LABELS * 2))
        vals = r["data"]["appeals"]
        ln = out.add(T.join(fmtv(v) for v in vals))
        exp.row("appeals", "", "values", vals, [ln] * 15)


# -- (l) tabs as Word copies a table as text: one row per line, merged cells once, a
#    cell's own line breaks inside the row, zeros left blank --------------------------

BLANK = "blank"


def blank_zero(v):
    return "" if v == 0 else fmtv(v)


def expected_blank(vals):
    return [BLANK if v == 0 else v for v in vals]


def broken(label):
    """A header cell Word wraps in its narrow column: 商业企业 -> 商业\n企业."""
    return label[:2] + "\n" + label[2:] if len(label) == 4 else label


def tab_blank_rows(out, exp, r, table):
    fmt = r["fmt"]
    T = "\t"

    def add(text):
        parts = text.split("\n")
        for p in parts[:-1]:
            out.add(p)
        return out.add(parts[-1])

    if table == "proactive":
        for block in BLOCKS[fmt]:
            key, cap, cols, rows = block
            out.add(cap)
            add(T.join(["信息内容"] + [broken(l) for _, l in cols]))
            for rk, rl in rows:
                vals = vals_of_block(r, block)[rk]
                ln = out.add(T.join([rl] + [blank_zero(v) for v in vals]))
                exp.row("proactive", key, rk, expected_blank(vals), [ln] * len(vals))
    elif table == "requests":
        out.add(CORNER + T + "申请人情况")
        out.add("自然人" + T + "法人或其他组织" + T + "总计")
        add(T.join(broken(l) for l in LEGAL))
        for rk, rl, parents in request_rows(fmt):
            vals = r["data"]["requests"][rk]
            ln = add(T.join(parents + [rl] + [blank_zero(v) for v in vals]))
            exp.row("requests", "", rk, expected_blank(vals), [ln] * len(vals))
    else:
        out.add("行政复议" + T + "行政诉讼")
        add(T.join([broken(l) for l in APPEAL_LABELS] + ["未经复议直接起诉", "复议后起诉"]))
        add(T.join(broken(l) for l in APPEAL_LABELS * 2))
        vals = r["data"]["appeals"]
        ln = out.add(T.join(blank_zero(v) for v in vals))
        exp.row("appeals", "", "values", expected_blank(vals), [ln] * 15)


def render_c(out, exp, r, table):
    tab_rows(out, exp, r, table)


def render_g(out, exp, r, table):
    tab_rows(out, exp, r, table, subtotal=(table == "requests"))


# -- (e) markdown -----------------------------------------------------------------------

def md_row(cells):
    return "| " + " | ".join(cells) + " |"


def render_e(out, exp, r, table):
    fmt = r["fmt"]
    if table == "proactive":
        for block in BLOCKS[fmt]:
            key, cap, cols, rows = block
            out.add("**%s**" % cap)
            out.blank()
            out.add(md_row(["信息内容"] + [l for _, l in cols]))
            out.add(md_row(["---"] * (len(cols) + 1)))
            for rk, rl in rows:
                vals = vals_of_block(r, block)[rk]
                ln = out.add(md_row([rl] + [fmtv(v) for v in vals]))
                exp.row("proactive", key, rk, vals, [ln] * len(vals))
            out.blank()
    elif table == "requests":
        out.add(md_row([CORNER, "", "", "申请人情况", "", "", "", "", "", ""]))
        out.add(md_row(["---"] * 10))
        out.add(md_row(["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]))
        out.add(md_row(["", "", "", ""] + LEGAL + [""]))
        for rk, rl, parents in request_rows(fmt):
            vals = r["data"]["requests"][rk]
            if rk in ("new", "carried_over", "carried_forward"):
                lab = [rl, "", ""]
            elif rk in ("disclosed", "partial", "handled_total") or (fmt == "2019" and rk == "other_handling"):
                lab = [RES if rk == "disclosed" else "", rl, ""]
            else:
                lab = ["", parents[0] if parents else "", rl]
            ln = out.add(md_row(lab + [fmtv(v) for v in vals]))
            exp.row("requests", "", rk, vals, [ln] * 7)
    else:
        out.add(md_row(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9))
        out.add(md_row(["---"] * 15))
        out.add(md_row(["", "", "", "", "", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]))
        out.add(md_row(APPEAL_LABELS * 3))
        vals = r["data"]["appeals"]
        ln = out.add(md_row([fmtv(v) for v in vals]))
        exp.row("appeals", "", "values", vals, [ln] * 15)


# -- (f) PDF text, space aligned ---------------------------------------------------------

PDF_COLX = [50, 59, 68, 77, 86, 95, 104]


def pdf_values(prefix, vals, xs=PDF_COLX):
    s = prefix
    for x, v in zip(xs, vals):
        s = pad(s, x) if width(s) < x else s + "  "
        s += fmtv(v)
    return s


def render_f(out, exp, r, table):
    fmt = r["fmt"]
    if table == "proactive":
        for block in BLOCKS[fmt]:
            key, cap, cols, rows = block
            out.add(cap.replace("第（", " 第（"))
            out.blank()
            out.blank()
            xs = [18, 35, 50]
            out.add(pdf_values("信息内容", [l for _, l in cols], xs))
            out.blank()
            out.blank()
            for rk, rl in rows:
                vals = vals_of_block(r, block)[rk]
                ln = out.add(pdf_values(rl, vals, xs))
                exp.row("proactive", key, rk, vals, [ln] * len(vals))
                out.blank()
            out.blank()
    elif table == "requests":
        out.add(" " * 57 + "申请人情况")
        out.blank()
        out.blank()
        out.add("（本列数据的勾稽关系为：第一项加第二项之和，" + " " * 18 + "法人或其他组织")
        out.add("等于第三项加第四项之和）")
        out.add(" " * 31 + "自然人" + " " * 58 + "总计")
        out.add(" " * 48 + "商业企   科研机   社会公益   法律服务")
        out.add(" " * 86 + "其他")
        out.add(" " * 48 + "业       构       组织       机构")
        out.blank()
        out.blank()
        vertical = ["三、", "本", "年", "度", "办", "理", "结", "果"]
        for rk, rl, parents in request_rows(fmt):
            vals = r["data"]["requests"][rk]
            ind = "" if rk in ("new", "carried_over", "carried_forward") else (
                "      " if rk in ("disclosed", "partial", "handled_total", "other_handling") else "             ")
            if rk == "partial":
                ln = out.add(pdf_values(ind + "（二）部分公开（区分处理的，只计这一情", vals))
                out.add(ind + "形，不计其他情形）")
            elif rk == "not_processed_confirm":
                out.add(ind + "5.要求行政机关确认或重新出")
                ln = out.add(pdf_values("", vals))
                out.add(ind + "具已获取信息")
            elif rk == "other_overdue_correction":
                out.add(ind + "1.申请人无正当理由逾期不补")
                ln = out.add(pdf_values(ind + "正、行政机关不再处理其政府信", vals))
                out.add(ind + "息公开申请")
            elif rk == "other_overdue_fee":
                out.add("      （六）其" + ind[12:] + "2.申请人逾期未按收费通知要")
                ln = out.add(pdf_values("      他处理" + ind[12:] + "求缴纳费用、行政机关不再处理", vals))
                out.add(ind + "其政府信息公开申请")
            elif rk == "withheld_third_party":
                ln = out.add(pdf_values("      （三）不予公开" + " " + rl, vals))
            elif rk == "unable_creation":
                ln = out.add(pdf_values("      （四）无法提供" + " " + rl, vals))
            elif rk == "not_processed_publication":
                ln = out.add(pdf_values("      （五）不予处理" + " " + rl, vals))
            else:
                ln = out.add(pdf_values(ind + rl, vals))
            exp.row("requests", "", rk, vals, [ln] * 7)
            # the merged cell 三、本年度办理结果 printed vertically: one character per gap line
            if vertical and rk not in ("new", "carried_over") and not rk.startswith("withheld_q"):
                out.add(vertical.pop(0))
            else:
                out.blank()
            if rk == "withheld_query":
                out.blank()
                out.add(" " * 40 + r.get("footer", "- 3 -"))
                out.blank()
                out.blank()
    else:
        out.add("行政复议" + " " * 26 + "行政诉讼")
        out.blank()
        out.add(" " * 34 + "未经复议直接起诉" + " " * 22 + "复议后起诉")
        out.blank()
        out.add("结果   结果    其他结    尚未" + " " * 16 + "结果   结果    其他结    尚未" + " " * 12
                + "结果   结果    其他结    尚未")
        out.add(" " * 28 + "总计" + " " * 30 + "总计" + " " * 30 + "总计")
        out.add("维持   纠正    果        审结" + " " * 16 + "维持   纠正    果        审结" + " " * 12
                + "维持   纠正    果        审结")
        out.blank()
        vals = r["data"]["appeals"]
        ln = out.add("   ".join(fmtv(v).ljust(3) for v in vals).rstrip())
        exp.row("appeals", "", "values", vals, [ln] * 15)


# -- (h) web text, single spaces, long lines ----------------------------------------------

def render_h(out, exp, r, table):
    fmt = r["fmt"]
    parts = []
    rows = []
    if table == "proactive":
        for block in BLOCKS[fmt]:
            key, cap, cols, brows = block
            parts += [cap, "信息内容"] + [l for _, l in cols]
            for rk, rl in brows:
                vals = vals_of_block(r, block)[rk]
                parts += [rl] + [fmtv(v) for v in vals]
                rows.append(("proactive", key, rk, vals))
    elif table == "requests":
        parts += [CORNER, "申请人情况", "自然人", "法人或其他组织", "总计"] + LEGAL
        for rk, rl, parents in request_rows(fmt):
            vals = r["data"]["requests"][rk]
            parts += parents + [rl] + [fmtv(v) for v in vals]
            rows.append(("requests", "", rk, vals))
    else:
        parts += ["行政复议", "行政诉讼"] + APPEAL_LABELS + ["未经复议直接起诉", "复议后起诉"] + APPEAL_LABELS * 2
        vals = r["data"]["appeals"]
        parts += [fmtv(v) for v in vals]
        rows.append(("appeals", "", "values", vals))
    ln = out.add(" ".join(parts))
    for t, b, k, vals in rows:
        exp.row(t, b, k, vals, [ln] * len(vals))


RENDER = {"a": render_a, "b": render_b, "c": render_c, "d": render_d, "e": render_e, "f": render_f,
          "g": render_g, "h": render_h, "2019one": render_2019_one, "2019tab": render_c, "l": tab_blank_rows}


# ---------------------------------------------------------------- report assembly

def build(r):
    out, exp = Out(), Expect()
    layout = r["layout"]
    md = layout == "e"
    pdf = layout == "f"
    web = layout == "h"
    s = prose(r)
    render = RENDER[layout]
    H = (lambda t: "## " + t) if md else ((lambda t: "     " + t) if pdf else (lambda t: t))

    def para(t):
        if pdf:
            # wrap long paragraphs like pdftotext
            first = True
            while t:
                n = min(30, len(t))
                # never split a run of ASCII letters/digits, never start a line with punctuation
                while 0 < n < len(t) and (t[n].isascii() and t[n - 1].isascii() and t[n] not in " " or t[n] in "，。、；：）”"):
                    n -= 1
                if n == 0:
                    n = 30
                chunk, t = t[:n], t[n:]
                out.add(("   " if first else "") + chunk)
                first = False
        else:
            out.add(("　　" if layout in ("a", "c", "2019tab") else "") + t)
        if md or layout in ("a", "2019one", "c"):
            out.blank()

    def heading(key, text):
        ln = out.add(H(text))
        exp.sections.append({"key": key, "line": ln, "heading": text})
        if md or layout in ("a", "2019one", "c", "f", "2019tab"):
            out.blank()

    title = "%s%d年政府信息公开工作年度报告" % (r["agency"], r["year"])
    if md:
        out.add("# " + title)
        out.blank()
    elif pdf:
        out.add(" " * 12 + r["agency"])
        out.add(" " * 5 + "%d 年政府信息公开工作年度报告" % r["year"])
        out.blank()
    else:
        out.add(title)
        out.blank()
    for t in s["intro"]:
        para(t)
    heading("overview", "一、总体情况")
    for i, t in enumerate(s["overview"]):
        para(t)
        if pdf and i == 4:
            out.blank()
            out.add(" " * 40 + "- 2 -")
            out.blank()
    heading("proactive", "二、主动公开政府信息情况")
    render(out, exp, r, "proactive")
    if not web:
        out.blank()
    heading("requests", "三、收到和处理政府信息公开申请情况")
    if layout in ("c", "g", "b", "l"):
        para(s["requests_text"])
    render(out, exp, r, "requests")
    if not web:
        out.blank()
    heading("appeals", "四、政府信息公开行政复议、行政诉讼情况")
    para(s["appeals_text"])
    render(out, exp, r, "appeals")
    if not web:
        out.blank()
    heading("problems", "五、存在的主要问题及改进情况")
    for t in s["problems"]:
        para(t)
    heading("other", "六、其他需要报告的事项")
    for t in s["other"]:
        para(t)
    out.blank()
    if pdf:
        out.add(" " * 40 + "- 5 -")
        out.blank()
    right = " " * 30 if layout in ("a", "f", "c") else ""
    out.add(right + r["agency"])
    out.add(right + r["signed"])
    return out, exp


# ---------------------------------------------------------------- expected YAML

def col_keys(fmt, table, block=None):
    if table == "proactive":
        for b in BLOCKS[fmt]:
            if b[0] == block:
                return [c for c, _ in b[2]]
    if table == "requests":
        return COLS
    return ["%s.%s" % (g, c) for g in APPEAL_GROUPS for c in APPEAL_COLS]


def yaml_value(v):
    return v if v == BLANK else fmtv(v)


def write_yaml(r, exp, path):
    L = []
    L.append("# Expected model of reports/%s (%s). Written from the report text, not from the parser." % (
        r["file"], r["layout_desc"]))
    L.append("report: tests/model/reports/%s" % r["file"])
    L.append("format: \"%s\"" % r["fmt"])
    L.append("year: %d" % r["year"])
    L.append("layout: %s" % r["layout_name"])
    L.append("sections:")
    for s in exp.sections:
        L.append("  - {key: %s, line: %d, heading: %s}" % (s["key"], s["line"], s["heading"]))
    L.append("tables:")
    for t in ("proactive", "requests", "appeals"):
        L.append("  %s:" % t)
        if t == "proactive":
            L.append("    columns:")
            for b in BLOCKS[r["fmt"]]:
                L.append("      %s: [%s]" % (b[0], ", ".join(c for c, _ in b[2])))
        elif t == "requests" and r.get("subtotal_first"):
            L.append("    columns: [natural, organisations, commercial, research, public_interest, legal_services, other, total]")
        elif t == "requests" and r["layout"] == "g":
            L.append("    columns: [natural, commercial, research, public_interest, legal_services, other, organisations, total]")
        else:
            L.append("    columns: [%s]" % ", ".join(col_keys(r["fmt"], t)))
        L.append("    rows:")
        for row in exp.tables[t]:
            lines = row["lines"]
            same = all(x == lines[0] for x in lines)
            blk = ("block: %s, " % row["block"]) if row["block"] else ""
            ent = "      - {%srow: %s, line: %d, values: [%s]" % (blk, row["row"], lines[0],
                                                               ", ".join(yaml_value(v) for v in row["values"]))
            if not same:
                ent += ", lines: [%s]" % ", ".join(str(x) for x in lines)
            L.append(ent + "}")
    gaps = r.get("gaps")
    L.append("known_parser_gaps:" + ("" if gaps else " []"))
    for g in gaps or []:
        L.append(g)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


REPORTS = [
    dict(file="2021_a_qingshi_town.txt", layout="a", layout_name="one-cell-per-line",
         layout_desc="one cell per line, tab-indented, blank line between rows, like examples/000",
         fmt="2021", year=2021, agency="临河县青石镇人民政府", short="青石镇", superior="临河县人民政府办公室",
         portal="临河县人民政府", url="www.linhe.gov.cn", office="青石镇党政办公室", address="临河县青石镇青石大街18号",
         phone="0536-7712345", channels="临河县人民政府门户网站、“青石发布”微信公众号", signed="2022年1月20日",
         parts=["政策文件", "工作动态", "通知公告", "财政信息"], scale=1, seed=11),
    dict(file="2022_b_baisha_town.txt", layout="b", layout_name="pipe",
         layout_desc="pipe-separated rows with trailing empty cells, like examples/001 in Simplified",
         fmt="2021", year=2022, agency="白沙镇人民政府", short="白沙镇", superior="乳河市人民政府办公室",
         portal="乳河市人民政府", url="www.ruhe.gov.cn", office="白沙镇党政综合办公室", address="乳河市白沙镇滨海路6号",
         phone="0631-6651234", channels="乳河市人民政府门户网站和“白沙镇”政务微信", signed="2023年1月16日",
         parts=["机构职能", "工作动态", "惠农补贴", "社会救助"], scale=2, seed=22),
    dict(file="2021_c_liulin_town.txt", layout="c", layout_name="tab",
         layout_desc="tab-separated rows with merged-cell padding and empty cells, like examples/003",
         fmt="2021", year=2021, agency="东湖县柳林镇人民政府", short="柳林镇", superior="东湖县政务公开办公室",
         portal="东湖县人民政府", url="www.donghu.gov.cn", office="柳林镇党政办公室", address="东湖县柳林镇府前路1号",
         phone="0851-2234567", channels="东湖县人民政府门户网站", signed="2022年1月25日",
         parts=["政策文件", "人事信息", "财政预决算", "乡村振兴"], scale=1, seed=33),
    dict(file="2023_d_nangang_nature.txt", layout="d", layout_name="one-cell-per-line",
         layout_desc="one cell per line without indentation, no blank lines (HTML table copied as text)",
         fmt="2021", year=2023, agency="南岗县自然资源局", short="南岗县自然资源局", superior="南岗县人民政府办公室",
         portal="南岗县人民政府", url="www.nangang.gov.cn", office="南岗县自然资源局办公室", address="南岗县人民路88号",
         phone="0459-5561234", channels="南岗县人民政府门户网站部门专栏", signed="2024年1月18日",
         parts=["规划信息", "用地审批", "不动产登记", "执法监察"], scale=3, seed=44),
    dict(file="2022_e_shiqiao_town.md", layout="e", layout_name="markdown",
         layout_desc="Markdown file with pipe tables and # headings",
         fmt="2021", year=2022, agency="石桥镇人民政府", short="石桥镇", superior="云溪县人民政府办公室",
         portal="云溪县人民政府", url="www.yunxi.gov.cn", office="石桥镇党政办", address="云溪县石桥镇新街2号",
         phone="0739-4451234", channels="云溪县人民政府门户网站、石桥镇政务公开栏", signed="2023年1月12日",
         parts=["政策文件", "工作动态", "项目建设"], scale=1, seed=55),
    dict(file="2024_f_fengle_town.txt", layout="f", layout_name="spaced",
         layout_desc="PDF text: space-aligned columns, wrapped labels, page footers - N -",
         fmt="2021", year=2024, agency="丰乐镇人民政府", short="丰乐镇", superior="长丰县人民政府办公室",
         portal="长丰县人民政府", url="www.changfeng.gov.cn", office="丰乐镇党政办公室", address="长丰县丰乐镇丰乐路9号",
         phone="0551-6671234", channels="长丰县人民政府门户网站", signed="2025年1月21日",
         parts=["政策文件", "工作动态", "民生实事", "财政信息", "应急管理"], scale=4, seed=66),
    dict(file="2023_g_taoyuan_market.txt", layout="g", layout_name="tab",
         layout_desc="tab-separated rows; table 三 has an 8th column 法人或其他组织 小计",
         fmt="2021", year=2023, agency="桃源县市场监督管理局", short="桃源县市场监督管理局", superior="桃源县人民政府办公室",
         portal="桃源县人民政府", url="www.taoyuan.gov.cn", office="桃源县市场监督管理局办公室", address="桃源县漳江路126号",
         phone="0736-6621234", channels="桃源县人民政府门户网站、“桃源市场监管”微信公众号", signed="2024年1月26日",
         parts=["行政许可", "行政处罚", "抽检信息", "工作动态"], scale=3, seed=77),
    dict(file="2024_h_jinshan_town.txt", layout="h", layout_name="run-together",
         layout_desc="web text: whole tables on one long line, cells separated by single spaces",
         fmt="2021", year=2024, agency="金山镇人民政府", short="金山镇", superior="河西区人民政府办公室",
         portal="河西区人民政府", url="www.hexi.gov.cn", office="金山镇党政办公室", address="河西区金山镇金山路3号",
         phone="0931-8861234", channels="河西区人民政府门户网站", signed="2025年1月10日",
         parts=["政策文件", "工作动态", "通知公告"], scale=2, seed=88),
    dict(file="2022_i_yunxi_housing.txt", layout="b", layout_name="pipe", subtotal_first=True,
         layout_desc="pipe-separated rows; table 三 has an 8th column 法人或其他组织 小计 right after 自然人",
         fmt="2021", year=2022, agency="云溪县住房和城乡建设局", short="云溪县住房和城乡建设局", superior="云溪县人民政府办公室",
         portal="云溪县人民政府", url="www.yunxi.gov.cn", office="云溪县住房和城乡建设局办公室", address="云溪县建设路45号",
         phone="0739-4421234", channels="云溪县人民政府门户网站部门专栏", signed="2023年1月19日",
         parts=["工程建设", "住房保障", "行政许可", "工作动态"], scale=3, seed=111),
    dict(file="2020_j_pdf_shuangqiao_town.txt", layout="f", layout_name="spaced", footer="第 3 页 共 5 页",
         layout_desc="2019 format, PDF text: space-aligned columns, wrapped labels, footer 第 3 页 共 5 页",
         fmt="2019", year=2020, agency="双桥镇人民政府", short="双桥镇", superior="清江县人民政府办公室",
         portal="清江县人民政府", url="www.qingjiang.gov.cn", office="双桥镇党政办公室", address="清江县双桥镇桥东街11号",
         phone="0718-5561234", channels="清江县人民政府门户网站", signed="2021年1月26日",
         parts=["政策文件", "工作动态", "脱贫攻坚", "财政信息"], scale=2, seed=121),
    dict(file="2021_k_oneline_xiaoxi_town.txt", layout="h", layout_name="run-together", one_line=True,
         layout_desc="web text: title on line 1, the whole body (headings, prose, tables) on line 2, single spaces",
         fmt="2021", year=2021, agency="小溪镇人民政府", short="小溪镇", superior="平江县人民政府办公室",
         portal="平江县人民政府", url="www.pingjiang.gov.cn", office="小溪镇党政办公室", address="平江县小溪镇溪南路7号",
         phone="0730-6621234", channels="平江县人民政府门户网站、小溪镇便民服务中心公开栏", signed="2022年1月14日",
         parts=["政策文件", "工作动态", "惠民资金", "村务公开"], scale=1, seed=131),
    dict(file="2020_2019one_hekou_town.txt", layout="2019one", layout_name="one-cell-per-line",
         layout_desc="2019 format, one cell per line, blank line between rows",
         fmt="2019", year=2020, agency="河口镇人民政府", short="河口镇", superior="沿江县人民政府办公室",
         portal="沿江县人民政府", url="www.yanjiang.gov.cn", office="河口镇党政办公室", address="沿江县河口镇江滨路5号",
         phone="0716-3351234", channels="沿江县人民政府门户网站、河口镇政务公开栏", signed="2021年1月22日",
         parts=["政策文件", "工作动态", "扶贫信息"], scale=1, seed=99),
    dict(file="2019_2019tab_xishan_edu.txt", layout="2019tab", layout_name="tab",
         layout_desc="2019 format, tab-separated rows with merged-cell padding",
         fmt="2019", year=2019, agency="西山县教育局", short="西山县教育局", superior="西山县人民政府办公室",
         portal="西山县人民政府", url="www.xishan.gov.cn", office="西山县教育局办公室", address="西山县文化路20号",
         phone="0871-6161234", channels="西山县人民政府门户网站部门专栏", signed="2020年1月15日",
         parts=["招生考试", "教育资助", "人事信息", "工作动态"], scale=3, seed=101),
]


REPORTS += [
    dict(file="2021_l_tabblank_dongcun_town.txt", layout="l", layout_name="tab",
         layout_desc="a Word table copied as text: TAB-separated rows, merged cells once, header cells broken over "
                     "lines, zeros left blank",
         fmt="2021", year=2021, agency="北岭县东村镇人民政府", short="东村镇", superior="北岭县人民政府办公室",
         portal="北岭县人民政府", url="www.beiling.gov.cn", office="东村镇党政办公室", address="北岭县东村镇东村大道2号",
         phone="0476-8231234", channels="北岭县人民政府门户网站", signed="2022年1月24日",
         parts=["政策文件", "工作动态", "惠农补贴"], scale=1, seed=141),
    dict(file="2020_2019tabblank_nanhu_water.txt", layout="l", layout_name="tab",
         layout_desc="2019 format, a Word table copied as text: TAB-separated rows, header cells broken over lines, "
                     "zeros left blank",
         fmt="2019", year=2020, agency="南湖县水利局", short="南湖县水利局", superior="南湖县人民政府办公室",
         portal="南湖县人民政府", url="www.nanhu.gov.cn", office="南湖县水利局办公室", address="南湖县滨湖路31号",
         phone="0573-8421234", channels="南湖县人民政府门户网站部门专栏", signed="2021年1月19日",
         parts=["水利工程", "防汛抗旱", "行政许可", "工作动态"], scale=1, seed=151),
]


def split_total(rnd, total, n):
    cuts = sorted(rnd.sample(range(1, total), n - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def main():
    os.makedirs(os.path.join(OUT, "reports"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "expected"), exist_ok=True)
    gaps = {}
    gp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gaps.py")
    if os.path.exists(gp):
        gaps = eval(open(gp, encoding="utf-8").read())
    for r in REPORTS:
        r["data"] = make_data(r["seed"], r["fmt"], r["scale"])
        rnd = random.Random(r["seed"] * 7)
        r["published"] = rnd.randint(60, 400)
        r["published_parts"] = list(zip(r["parts"], split_total(rnd, r["published"], len(r["parts"]))))
        r["gaps"] = gaps.get(r["file"])
        out, exp = build(r)
        if r.get("one_line"):  # the whole body on line 2, as some web pages give it
            body = " ".join(l.strip() for l in out.lines[1:] if l.strip())
            out.lines = [out.lines[0], body]
            for sec in exp.sections:
                sec["line"] = 2
            for rows in exp.tables.values():
                for row in rows:
                    row["lines"] = [2] * len(row["lines"])
        with open(os.path.join(OUT, "reports", r["file"]), "w", encoding="utf-8") as f:
            f.write("\n".join(out.lines) + "\n")
        write_yaml(r, exp, os.path.join(OUT, "expected", os.path.splitext(r["file"])[0] + ".yaml"))
        print(r["file"])


if __name__ == "__main__":
    main()
