#!/usr/bin/env python3
"""Checks the cross-check relations of every expected model in tests/model/expected:
GJ-1 per column of table 三: 一 + 二 = （七）总计 + 四;
GJ-2 per row of table 三: 总计 = the six applicant columns;
GJ-3 per column: （七）总计 = the sum of all result rows (（一）…（六）, sub-rows only);
GJ-4 table 四: per group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结;
GJ-6/7 the narrative: the numbers of applications, results, appeals and 规范性文件 written in the
text equal the tables, and "主动公开政府信息N条，其中A条、B条…" adds up.
Also checks the shape: every template row of the three tables present once with the right
number of values. Usage: check_arithmetic.py [expected/*.yaml]; exit status 1 on any failure."""
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NOT_RESULTS = {"new", "carried_over", "handled_total", "carried_forward"}
ROWS = {
    "2021": ["new", "carried_over", "disclosed", "partial", "withheld_secret", "withheld_law", "withheld_security",
             "withheld_third_party", "withheld_internal", "withheld_process", "withheld_enforcement", "withheld_query",
             "unable_no_info", "unable_creation", "unable_unclear", "not_processed_complaint", "not_processed_repeat",
             "not_processed_publication", "not_processed_massive", "not_processed_confirm",
             "other_overdue_correction", "other_overdue_fee", "other_other", "handled_total", "carried_forward"],
}
ROWS["2019"] = ROWS["2021"][:20] + ["other_handling", "handled_total", "carried_forward"]
PROACTIVE = {
    "2021": {("item1", "rules"): 3, ("item1", "normative"): 3, ("item5", "licensing"): 1, ("item6", "penalties"): 1,
             ("item6", "enforcement"): 1, ("item8", "fees"): 1},
    "2019": {("item1", "rules"): 3, ("item1", "normative"): 3, ("item5", "licensing"): 3,
             ("item5", "other_services"): 3, ("item6", "penalties"): 3, ("item6", "enforcement"): 3,
             ("item8", "fees"): 2, ("item9", "procurement"): 2},
}


def check(path):
    errors = []
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    fmt = doc["format"]
    t = doc["tables"]
    pro = {(r["block"], r["row"]): r["values"] for r in t["proactive"]["rows"]}
    if {k: len(v) for k, v in pro.items()} != PROACTIVE[fmt]:
        errors.append("table 二 shape: %s" % {k: len(v) for k, v in pro.items()})
    cols = t["requests"]["columns"]
    six = ["natural", "commercial", "research", "public_interest", "legal_services", "other"]
    if [c for c in cols if c != "organisations"] != six + ["total"]:
        errors.append("table 三 columns %s" % cols)
    req = {}
    for r in t["requests"]["rows"]:
        if r["row"] in req:
            errors.append("table 三 row %s twice" % r["row"])
        if len(r["values"]) != len(cols):
            errors.append("table 三 row %s has %d values for %d columns" % (r["row"], len(r["values"]), len(cols)))
        req[r["row"]] = dict(zip(cols, r["values"]))
    if list(req) != ROWS[fmt]:
        errors.append("table 三 rows %s" % list(req))
    for name, v in req.items():  # GJ-2 (and the 法人或其他组织 subtotal column when there is one)
        parts = [v[c] for c in six]
        if sum(parts) != v["total"]:
            errors.append("GJ-2 row %s: %s sums to %d, total %d" % (name, parts, sum(parts), v["total"]))
        if "organisations" in v and sum(parts[1:]) != v["organisations"]:
            errors.append("subtotal row %s: %s sums to %d, 法人或其他组织 %d" % (name, parts[1:], sum(parts[1:]),
                                                                       v["organisations"]))
    for col in cols:
        if req["new"][col] + req["carried_over"][col] != req["handled_total"][col] + req["carried_forward"][col]:
            errors.append("GJ-1 column %s: %d + %d != %d + %d" % (col, req["new"][col], req["carried_over"][col],
                                                              req["handled_total"][col], req["carried_forward"][col]))
        s = sum(v[col] for k, v in req.items() if k not in NOT_RESULTS)
        if s != req["handled_total"][col]:
            errors.append("GJ-3 column %s: results sum to %d, （七）总计 %d" % (col, s, req["handled_total"][col]))
        if any(v[col] < 0 for v in req.values()):
            errors.append("negative value in column %s" % col)
    ap = t["appeals"]["rows"]
    if len(ap) != 1 or len(ap[0]["values"]) != 15:
        errors.append("table 四 shape")
    else:
        v = ap[0]["values"]
        for g, name in enumerate(["review", "direct", "after_review"]):  # GJ-4
            if sum(v[g * 5:g * 5 + 4]) != v[g * 5 + 4]:
                errors.append("GJ-4 %s: %s sums to %d, total %d" % (name, v[g * 5:g * 5 + 4], sum(v[g * 5:g * 5 + 4]),
                                                                   v[g * 5 + 4]))
    errors += check_narrative(doc, req, pro, v if len(ap) == 1 else None)
    nonzero = sum(1 for v in req.values() for x in v.values() if x)
    return errors, nonzero


def check_narrative(doc, req, pro, appeals):
    errors = []
    root = os.path.dirname(os.path.dirname(HERE))
    text = open(os.path.join(root, doc["report"]), encoding="utf-8").read()
    flat = re.sub(r"\n\s*", "", text)  # PDF text wraps sentences over lines

    def said(pattern, want, what):
        found = re.findall(pattern, flat)
        if not found:
            errors.append("narrative: no %s" % what)
        elif any(int(x) != want for x in found):
            errors.append("narrative: %s %s, table %s" % (what, found, fmt(want)))

    fmt = lambda x: ("%g" % x)
    said(r"本年新收政府信息公开申请(\d+)件", req["new"]["total"], "本年新收")
    said(r"上年结转(\d+)件", req["carried_over"]["total"], "上年结转")
    said(r"予以公开(\d+)件", req["disclosed"]["total"], "予以公开")
    said(r"部分公开(\d+)件", req["partial"]["total"], "部分公开")
    said(r"结转下年度继续办理(\d+)件", req["carried_forward"]["total"], "结转下年度")
    for word, prefix in [("不予公开", "withheld"), ("无法提供", "unable"), ("不予处理", "not_processed"),
                         ("其他处理", "other_")]:
        said(word + r"(\d+)件", sum(v["total"] for k, v in req.items() if k.startswith(prefix)), word)
    if appeals is not None:
        if sum(appeals):
            said(r"被申请行政复议(\d+)件", appeals[4], "行政复议")
            said(r"未经复议直接起诉(\d+)件", appeals[9], "直接起诉")
            said(r"复议后起诉(\d+)件", appeals[14], "复议后起诉")
            said(r"被提起行政诉讼(\d+)件", appeals[9] + appeals[14], "行政诉讼")
        elif "未发生因政府信息公开工作被申请行政复议" not in flat:
            errors.append("narrative: table 四 all 0 but no 未发生 statement")
    normative = pro[("item1", "normative")]
    if doc["format"] == "2021":
        said(r"本年制发行政规范性文件(\d+)件", normative[0], "制发")
        said(r"现行有效(\d+)件", normative[2], "现行有效")
    else:
        said(r"本年新制作规范性文件(\d+)件", normative[0], "新制作")
    m = re.search(r"主动公开政府信息(\d+)条，其中(.*?)。", flat)
    if not m:
        errors.append("narrative: no 主动公开 total")
    else:
        parts = [int(x) for x in re.findall(r"(\d+)条", m.group(2))]
        if sum(parts) != int(m.group(1)):
            errors.append("narrative: 主动公开 %s parts %s" % (m.group(1), parts))
    year = doc["year"]
    if "统计期限自%d年1月1日起至%d年12月31日止" % (year, year) not in flat:
        errors.append("narrative: statistics period of %d missing" % year)
    if "%d年政府信息公开工作年度报告" % year not in flat.replace(" ", ""):
        errors.append("title year %d missing" % year)
    if not re.search(r"%d年1月\d+日\s*$" % (year + 1), text.rstrip()):
        errors.append("signature date in January %d missing at the end" % (year + 1))
    return errors


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "expected", "*.yaml")))
    bad = 0
    for f in files:
        errors, nonzero = check(f)
        print("%s: %s (%d nonzero cells in table 三)" % (os.path.basename(f), "ok" if not errors else "FAILED", nonzero))
        for e in errors:
            print("  " + e)
        bad += bool(errors)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
