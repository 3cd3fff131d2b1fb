#!/usr/bin/env bash
# Runs the queries of docs/audit-queries.md on an audit database and prints them with their
# output, as the page shows them:  scripts/audit_queries.sh /tmp/a/gklint-audit.sqlite
set -euo pipefail
db="${1:?usage: audit_queries.sh DB}"
query() {  # title, SQL
  printf '### %s\n\n```sql\n%s\n```\n\n```\n' "$1" "$2"
  sqlite3 -header -column "$db" "$2"
  printf '```\n\n'
}
query "1. Applications received, carried over and carried forward, by agency and year" \
"SELECT r.agency_key AS agency, r.year, r.input_kind AS kind,
       MAX(CASE WHEN f.row_key = 'new' THEN f.value END) AS received,
       MAX(CASE WHEN f.row_key = 'carried_over' THEN f.value END) AS carried_over,
       MAX(CASE WHEN f.row_key = 'carried_forward' THEN f.value END) AS carried_forward
FROM reports r JOIN facts f ON f.report_id = r.id
WHERE f.table_key = 'requests' AND f.column_key = 'total'
  AND f.row_key IN ('new', 'carried_over', 'carried_forward') AND r.agency_key <> ''
GROUP BY r.id ORDER BY agency, r.year, kind;"
query "2. Reports whose table relations fail (勾稽关系)" \
"SELECT r.path, f.rule_id, f.line, f.message
FROM findings_with_status f JOIN reports r ON r.id = f.report_id
WHERE f.rule_id IN ('table/identity', 'table/row-sum', 'table/result-total', 'table/review-litigation-total')
  AND f.status <> 'dismissed'
ORDER BY r.path, f.line;"
query "3. Carry-over breaks between years (上年结转 ≠ last year's 结转下年度), from the facts" \
"SELECT r.agency_key AS agency, p.year || '→' || r.year AS years, r.input_kind AS kind, now.column_key AS col,
       last.value AS carried_forward_last_year, now.value AS carried_over_this_year
FROM cross_year_pairs c
JOIN reports r ON r.id = c.report_id JOIN reports p ON p.id = c.previous_report_id
JOIN facts now ON now.report_id = r.id AND now.table_key = 'requests' AND now.row_key = 'carried_over'
JOIN facts last ON last.report_id = p.id AND last.table_key = 'requests' AND last.row_key = 'carried_forward'
     AND last.column_key = now.column_key
WHERE now.value <> last.value
ORDER BY agency, years, kind, col;"
query "4. The stock of 行政规范性文件 year on year (2021 format)" \
"SELECT r.agency_key AS agency, p.year || '→' || r.year AS years, r.input_kind AS kind,
       lv.value AS valid_last_year, m.value AS made, x.value AS repealed,
       lv.value + m.value - x.value AS expected, v.value AS valid
FROM cross_year_pairs c
JOIN reports r ON r.id = c.report_id JOIN reports p ON p.id = c.previous_report_id
JOIN facts v ON v.report_id = r.id AND v.table_key = 'proactive' AND v.row_key = 'normative' AND v.column_key = 'valid'
JOIN facts m ON m.report_id = r.id AND m.table_key = 'proactive' AND m.row_key = 'normative' AND m.column_key = 'made'
JOIN facts x ON x.report_id = r.id AND x.table_key = 'proactive' AND x.row_key = 'normative' AND x.column_key = 'repealed'
JOIN facts lv ON lv.report_id = p.id AND lv.table_key = 'proactive' AND lv.row_key = 'normative' AND lv.column_key = 'valid'
ORDER BY agency, years, kind;"
query "5. The cross-year findings to review, with last year's place" \
"SELECT r.path, f.line, f.rule_id, f.severity, f.status, f.related_path || ':' || f.related_line AS last_year
FROM findings_with_status f JOIN reports r ON r.id = f.report_id
WHERE f.phase = 'cross-year' AND f.rule_id <> 'cross-year/repeated-text'
ORDER BY r.path, f.line;"
query "6. Findings by rule: open, confirmed, dismissed" \
"SELECT f.rule_id, f.severity,
       SUM(f.status = 'open') AS open, SUM(f.status = 'confirmed') AS confirmed,
       SUM(f.status = 'dismissed') AS dismissed, COUNT(DISTINCT f.report_id) AS reports
FROM findings_with_status f
GROUP BY f.rule_id, f.severity ORDER BY f.severity = 'error' DESC, open DESC LIMIT 10;"
