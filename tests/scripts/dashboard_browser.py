#!/usr/bin/env python3
"""The audit dashboard in a real browser (headless Chromium over the DevTools pipe).

    dashboard_browser.py GKLINT SOURCE_DIR [--corpus N] [--keep DIR]

Audits the real reports of tests/fixtures/real, the samples in examples/ and N generated
reports (tests/model/corpus.py), opens DIR/index.html from file:// and checks: the page
is ready in under 2 s and at most 10 MB; its counts are the database's; typing in the
filter and choosing a year narrow the list to what the database says; a column header
sorts; a report's detail opens with its findings, the excerpt highlighted and the
failing cell marked; an agency's years are side by side; the console has no error.
"""
import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp_pipe import Browser  # noqa: E402

FAILURES = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        FAILURES.append(what)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gklint")
    ap.add_argument("source")
    ap.add_argument("--corpus", type=int, default=140)
    ap.add_argument("--keep", help="audit into this directory and keep it")
    ap.add_argument("--max-open-seconds", type=float, default=2.0)
    a = ap.parse_args()
    work = a.keep or tempfile.mkdtemp(prefix="gklint-dashboard-")
    try:
        corpus = os.path.join(work, "corpus")
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, os.path.join(a.source, "tests/model/corpus.py"), str(a.corpus), corpus,
                            "--defects", "0.05"], check=True, stdout=subprocess.DEVNULL)
        out = os.path.join(work, "audit")
        run = subprocess.run([a.gklint, "audit", os.path.join(a.source, "tests/fixtures/real"),
                              os.path.join(a.source, "examples"), corpus, "--out", out, "--quiet"],
                             stderr=subprocess.PIPE, text=True)
        check(run.returncode in (0, 1), "gklint audit exits 0 or 1 (got %d: %s)" % (run.returncode, run.stderr.strip()))
        page_path = os.path.join(out, "index.html")
        size = os.path.getsize(page_path)
        check(size <= 10 * 1000 * 1000, "dashboard is %.2f MB (at most 10 MB)" % (size / 1e6))
        db = sqlite3.connect(os.path.join(out, "gklint-audit.sqlite"))
        q = lambda sql, *p: db.execute(sql, p).fetchone()[0]  # noqa: E731
        reports = q("SELECT COUNT(*) FROM reports WHERE parse_status <> 'not-a-report'")
        with_errors = q("SELECT COUNT(*) FROM reports r WHERE parse_status <> 'not-a-report' AND EXISTS ("
                        "SELECT 1 FROM findings_with_status f WHERE f.report_id = r.id AND f.severity = 'error' "
                        "AND f.status <> 'dismissed')")
        findings = q("SELECT COUNT(*) FROM findings_with_status WHERE status <> 'dismissed'")
        cross = q("SELECT COUNT(*) FROM findings_with_status WHERE phase = 'cross-year' AND status <> 'dismissed'")

        with Browser() as b:
            started = time.monotonic()
            page = b.open("file://" + os.path.abspath(page_path))
            while page.evaluate("document.body.dataset.ready") == "0" and time.monotonic() - started < 30:
                time.sleep(0.02)
            wall = time.monotonic() - started
            ready_ms = float(page.evaluate("document.body.dataset.readyMs || 'NaN'"))
            check(page.evaluate("document.body.dataset.ready") == "1", "the page is ready")
            check(ready_ms / 1000 < a.max_open_seconds,
                  "ready %.0f ms after navigation (under %.1f s; %.2f s with the browser's start)" %
                  (ready_ms, a.max_open_seconds, wall))
            text = lambda sel: page.evaluate("document.querySelector(%r)?.textContent ?? null" % sel)  # noqa: E731

            def settled(read, want, seconds=5.0):
                """Input events reach the page asynchronously: read until the page shows `want`."""
                deadline = time.monotonic() + seconds
                value = read()
                while value != want and time.monotonic() < deadline:
                    time.sleep(0.02)
                    value = read()
                return value

            def click(selector):
                # At the middle of the element's first box: a link broken over two lines has
                # its bounding box's middle outside the link.
                box = page.evaluate("(() => { const e = document.querySelector(%r); if (!e) return null; "
                                    "e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0]; "
                                    "return [r.x + r.width / 2, r.y + r.height / 2]; })()" % selector)
                if box is None:
                    raise AssertionError("no element " + selector)
                for kind in ("mousePressed", "mouseReleased"):
                    page.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left",
                                                           "clickCount": 1})

            check(text("#count-reports") == str(reports), "reports audited: page %s, database %d" % (text("#count-reports"), reports))
            check(text("#count-error-reports") == str(with_errors),
                  "reports with errors: page %s, database %d" % (text("#count-error-reports"), with_errors))
            check(text("#count-findings") == str(findings), "findings: page %s, database %d" % (text("#count-findings"), findings))
            check(text("#count-cross-year") == str(cross), "cross-year findings: page %s, database %d" % (text("#count-cross-year"), cross))
            check(page.evaluate("document.querySelectorAll('#chart-rules svg rect').length") > 0, "findings by rule drawn as SVG")

            click("button[data-view=reports]")
            total = lambda: int(page.evaluate("document.getElementById('shown').dataset.total"))  # noqa: E731
            all_rows = q("SELECT COUNT(*) FROM reports")
            check(settled(total, all_rows) == all_rows, "the list holds every file (%d, database %d)" % (total(), all_rows))
            check(page.evaluate("document.querySelectorAll('#report-table tbody tr').length") == min(50, all_rows),
                  "the first page shows 50 rows")
            click("#filter")
            settled(lambda: page.evaluate("document.activeElement && document.activeElement.id"), "filter")
            page.send("Input.insertText", {"text": "平潭"})
            pingtan = q("SELECT COUNT(*) FROM reports WHERE agency LIKE '%平潭%' OR path LIKE '%平潭%' "
                        "OR title LIKE '%平潭%' OR agency_key LIKE '%平潭%'")
            check(settled(total, pingtan) == pingtan and pingtan > 0, "typing 平潭 in the filter leaves %d reports (database %d)" % (total(), pingtan))
            page.evaluate("(() => { const s = document.getElementById('f-year'); s.value = '2023'; "
                          "s.dispatchEvent(new Event('input')); })()")
            pingtan_2023 = q("SELECT COUNT(*) FROM reports WHERE agency LIKE '%平潭%' AND year = 2023")
            check(settled(total, pingtan_2023) == pingtan_2023, "and the year 2023: %d (database %d)" % (total(), pingtan_2023))
            page.evaluate("(() => { const s = document.getElementById('f-year'); s.value = ''; "
                          "s.dispatchEvent(new Event('input')); const f = document.getElementById('filter'); "
                          "f.value = ''; f.dispatchEvent(new Event('input')); })()")
            settled(total, all_rows)
            first_cell = lambda n: lambda: text("#report-table tbody tr td:nth-child(%d)" % n)  # noqa: E731
            click("th[data-sort=year]")
            lowest = str(q("SELECT MIN(year) FROM reports"))
            first_year = settled(first_cell(2), lowest)
            check(first_year == lowest, "sorted by year: first %s" % first_year)
            click("th[data-sort=year]")
            highest = str(q("SELECT MAX(year) FROM reports"))
            first_year = settled(first_cell(2), highest)
            check(first_year == highest, "sorted by year, descending: first %s" % first_year)
            click("th[data-sort=e]")
            settled(lambda: page.evaluate("document.querySelector('th[data-sort=e]').className"), "asc")
            click("th[data-sort=e]")
            most = q("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM findings_with_status WHERE severity = 'error' "
                     "AND status <> 'dismissed' GROUP BY report_id)")
            check(settled(first_cell(6), str(most)) == str(most), "sorted by errors, descending: %s" % most)

            # A report's detail: its findings, the excerpt highlighted, the failing cell marked.
            page.evaluate("(() => { const f = document.getElementById('filter'); f.value = '2023_pingtan'; "
                          "f.dispatchEvent(new Event('input')); })()")
            click("#report-table tbody tr")
            opened = settled(lambda: page.evaluate("document.getElementById('view-detail').hidden"), False)
            check(opened is False, "clicking a row opens its detail")
            shown = page.evaluate("document.querySelectorAll('#detail-findings .finding').length")
            stored = q("SELECT COUNT(*) FROM findings f JOIN reports r ON r.id = f.report_id "
                       "WHERE r.path LIKE '%2023_pingtan_zhsyq.txt'")
            check(shown == stored, "the detail lists the report's %d findings (database %d)" % (shown, stored))
            check(page.evaluate("document.querySelectorAll('#detail-findings mark').length") >= 1,
                  "the finding's text is highlighted in its excerpt")
            mark = page.evaluate("document.querySelector('#detail-findings mark')?.textContent")
            check(bool(mark and mark.strip()), "the highlight is not empty (%r)" % mark)
            check(page.evaluate("document.querySelectorAll('#detail-tables table').length") >= 1,
                  "tables are drawn")
            # The agency's years side by side.
            click("#to-agency")
            settled(lambda: page.evaluate("document.getElementById('view-agency').hidden"), False)
            settled(lambda: page.evaluate("document.querySelectorAll('#agency-table').length"), 1)
            years = page.evaluate("[...document.querySelectorAll('#agency-table tr:first-child th a')].map(a => a.textContent)")
            check(years[:7] == [str(y) for y in range(2019, 2026)], "平潭 2019–2025 side by side: %s" % years)
            cross_pingtan = page.evaluate("document.querySelectorAll('#agency-body .finding').length")
            stored_cross = q("SELECT COUNT(*) FROM findings f JOIN reports r ON r.id = f.report_id "
                             "WHERE f.phase = 'cross-year' AND r.agency_key = '平潭综合实验区'")
            check(cross_pingtan == stored_cross, "its cross-year findings: %d (database %d)" % (cross_pingtan, stored_cross))
            errors = [e for e in page.console if e.get("method") == "Runtime.exceptionThrown" or
                      e.get("params", {}).get("type") in ("error", "assert", "warning")]
            check(not errors, "no console errors (%s)" % errors[:3])
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        print("%d check(s) failed" % len(FAILURES))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
