#!/usr/bin/env python3
"""A corpus of many reports for the audit (issue 12): agencies × years 2019–2025, each
year in its format (2019 trial format for 2019–2020, 2021 format after), the layouts of
generate.py drawn per report, numbers that continue across years (last year's 结转下年度
is this year's 上年结转; the stock of 规范性文件 carries on), and a few cross-year defects
injected and listed in DIR/defects.csv.

    tests/model/corpus.py COUNT DIR [--seed N]
"""
import argparse
import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as g  # noqa: E402

CITIES = ["江州", "岭南", "海东", "陇西", "川北", "湘中", "皖南", "闽西", "晋北", "鲁东"]
COUNTIES = ["临河", "东湖", "南岗", "云溪", "长丰", "桃源", "河西", "清江", "平江", "沿江", "西山", "北岭", "南湖", "乳河",
            "青川", "白水", "石门", "安平", "永宁", "兴隆", "华阳", "凤山", "龙溪", "金川", "玉泉", "新安", "高阳", "广德"]
TOWNS = ["青石", "白沙", "柳林", "石桥", "丰乐", "金山", "双桥", "小溪", "河口", "东村", "梅岭", "杏花", "长坪", "鹿鸣", "松林",
         "大坝", "新桥", "花园", "三合", "太平", "红星", "胜利", "马场", "望江", "龙门", "桂花", "前进", "黄土", "樟树", "南山"]
BUREAUS = [("教育局", ["招生考试", "教育资助", "人事信息"]), ("自然资源局", ["规划信息", "用地审批", "不动产登记"]),
           ("市场监督管理局", ["行政许可", "行政处罚", "抽检信息"]), ("住房和城乡建设局", ["工程建设", "住房保障", "行政许可"]),
           ("水利局", ["水利工程", "防汛抗旱", "河湖管理"]), ("卫生健康委员会", ["医疗服务", "疾病防控", "卫生监督"])]
LAYOUTS = {"2021": ["a", "b", "c", "d", "e", "f", "g", "h", "l"], "2019": ["2019one", "2019tab", "f", "l"]}
EXTENSION = {"e": ".md"}
YEARS = list(range(2019, 2026))


def agencies(count, rnd):
    seen = set()
    if count > len(CITIES) * len(COUNTIES) * (len(TOWNS) + len(BUREAUS)) // 2:
        raise SystemExit("too many agencies for the name lists")
    while len(seen) < count:
        county = rnd.choice(CITIES) + "市" + rnd.choice(COUNTIES)
        if rnd.random() < 0.6:
            town = rnd.choice(TOWNS)
            name, short, parts = "%s县%s镇人民政府" % (county, town), town + "镇", ["政策文件", "工作动态", "惠农补贴", "通知公告"]
        else:
            bureau, parts = rnd.choice(BUREAUS)
            name = short = "%s县%s" % (county, bureau)
        if name in seen:
            continue
        seen.add(name)
        yield dict(agency=name, short=short, county=county, parts=parts[:rnd.randint(2, len(parts))])


def continue_from(last, d, fmt, last_fmt):
    """This year's numbers carry on from last year's: 上年结转 and the document stock."""
    q = d["requests"]
    if last:
        cf = last["requests"]["carried_forward"]
        for c in range(6):
            co = cf[c]
            q["new"][c] = q["handled_total"][c] + q["carried_forward"][c] - co
            if q["new"][c] < 0:  # more carried over than handled: handle it this year
                q["disclosed"][c] -= q["new"][c]
                q["handled_total"][c] -= q["new"][c]
                q["new"][c] = 0
            q["carried_over"][c] = co
        for row in q.values():
            row[6] = sum(row[:6])
        # Decisions move by at most a few tens of percent a year.
        for block, row in (("item5", "licensing"), ("item6", "penalties")):
            now, before = d["proactive"][block][row], last["proactive"][block][row]
            now[0 if fmt == "2021" else 2] = max(1, round(before[0 if last_fmt == "2021" else 2] * random.Random(now[0]).uniform(0.7, 1.4)))
        if fmt == last_fmt:
            n, ln = d["proactive"]["item1"]["normative"], last["proactive"]["item1"]["normative"]
            if fmt == "2021":
                n[2] = ln[2] + n[0] - n[1]
            else:
                n[2] = ln[2] + n[1]


def inject(d, rnd, kind):
    q = d["requests"]
    if kind == "carry-over":  # 上年结转 of 自然人 one more, 本年新收 one less: the table itself still adds up
        if q["new"][0] < 1:
            return False
        q["carried_over"][0] += 1
        q["new"][0] -= 1
    elif kind == "jump":  # 行政许可 typed with two extra zeros
        lic = d["proactive"]["item5"]["licensing"]
        col = 0 if len(lic) == 1 else 2
        lic[col] *= 100
    for row in q.values():
        row[6] = sum(row[:6])
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("count", type=int)
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--defects", type=float, default=0.02, help="share of reports with an injected cross-year defect")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.dir, exist_ok=True)
    written, defects = 0, []
    n_agencies = (a.count + len(YEARS) - 1) // len(YEARS)
    for k, base in enumerate(agencies(n_agencies, rnd)):
        last, last_fmt = None, None
        scale = rnd.choice([1, 1, 2, 3])
        for year in YEARS:
            if written >= a.count:
                break
            fmt = "2019" if year <= 2020 else "2021"
            layout = rnd.choice(LAYOUTS[fmt])
            r = dict(base, layout=layout, layout_name=layout, layout_desc="corpus", fmt=fmt, year=year, scale=scale,
                     seed=rnd.randint(1, 10 ** 9), superior="%s县人民政府办公室" % base["county"],
                     portal="%s县人民政府" % base["county"], url="www.county%d.gov.cn" % k,
                     office=base["short"] + "办公室", address="%s县人民路%d号" % (base["county"], rnd.randint(1, 200)),
                     phone="0%d-%d" % (rnd.randint(310, 999), rnd.randint(1000000, 9999999)),
                     channels="%s县人民政府门户网站" % base["county"], signed="%d年1月%d日" % (year + 1, rnd.randint(8, 28)))
            r["file"] = "%05d_%d%s" % (k, year, EXTENSION.get(layout, ".txt"))
            r["data"] = g.make_data(r["seed"], fmt, scale)
            continue_from(last, r["data"], fmt, last_fmt)
            if last and rnd.random() < a.defects:
                kind = rnd.choice(["carry-over", "jump"])
                if inject(r["data"], rnd, kind):
                    defects.append((r["file"], kind))
            prose_rnd = random.Random(r["seed"] * 7)
            r["published"] = prose_rnd.randint(60, 400)
            r["published_parts"] = list(zip(r["parts"], g.split_total(prose_rnd, r["published"], len(r["parts"]))))
            out, _ = g.build(r)
            with open(os.path.join(a.dir, r["file"]), "w", encoding="utf-8") as f:
                f.write("\n".join(out.lines) + "\n")
            last, last_fmt = r["data"], fmt
            written += 1
        if written >= a.count:
            break
    with open(os.path.join(a.dir, "defects.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "defect"])
        w.writerows(defects)
    print("%d reports, %d with an injected cross-year defect, in %s" % (written, len(defects), a.dir))


if __name__ == "__main__":
    main()
