"use strict";
// The audit dashboard: decompresses the embedded data and draws four views. No network.
(async function () {
  const ZH = {
    title: "政府信息公开年度报告审核", overview: "概览", reports: "报告列表", agency: "单位年度对比", detail: "报告详情",
    audited: "已审核报告", withErrors: "有错误的报告", findings: "发现问题", errors: "错误", warnings: "警告", infos: "提示",
    crossYear: "跨年度问题", notReports: "非报告文件", byRule: "各规则发现问题数（前20）", byYear: "各年度报告数与有错误的报告数",
    agencyCol: "单位", year: "年度", format: "格式", kind: "类型", status: "解析", file: "文件", rule: "规则",
    filter: "筛选单位、标题或文件…", allYears: "全部年度", allFormats: "全部格式", allRules: "全部规则",
    anySeverity: "全部报告", onlyErrors: "仅有错误的", onlyFindings: "仅有问题的", shown: (a, b, n) => `显示 ${a}–${b}，共 ${n} 份`,
    prev: "上一页", next: "下一页", back: "返回报告列表", noFindings: "未发现问题", tables: "统计表",
    lastYear: "上年度报告", agencyYears: "该单位历年情况", chooseAgency: "选择单位",
    keys: ["本年新收申请（总计）", "上年结转（总计）", "结转下年度（总计）", "行政许可处理决定", "行政处罚处理决定", "现行有效行政规范性文件"],
    reportsCount: "报告数", errorsCount: "错误数", dismissed: "已忽略", confirmed: "已确认",
    tableNames: { proactive: "第二部分统计表", requests: "第三部分统计表", appeals: "第四部分统计表" },
    statuses: { parsed: "完整", partial: "部分", unparsable: "无法解析", unreadable: "无法读取", "not-a-report": "非报告" },
  };
  const EN = {
    title: "Annual report audit", overview: "Overview", reports: "Reports", agency: "Agency by year", detail: "Report",
    audited: "Reports audited", withErrors: "Reports with errors", findings: "Findings", errors: "Errors", warnings: "Warnings",
    infos: "Information", crossYear: "Cross-year findings", notReports: "Not reports", byRule: "Findings by rule (top 20)",
    byYear: "Reports and reports with errors by year", agencyCol: "Agency", year: "Year", format: "Format", kind: "Input",
    status: "Parsed", file: "File", rule: "Rule", filter: "Filter by agency, title or file…", allYears: "All years",
    allFormats: "All formats", allRules: "All rules", anySeverity: "All reports", onlyErrors: "With errors",
    onlyFindings: "With findings", shown: (a, b, n) => `${a}–${b} of ${n}`, prev: "Previous", next: "Next",
    back: "Back to the reports", noFindings: "No findings", tables: "Tables", lastYear: "Last year's report",
    agencyYears: "The agency's years", chooseAgency: "Choose an agency",
    keys: ["New applications (total)", "Carried over (total)", "Carried forward (total)", "Licensing decisions", "Penalty decisions", "Normative documents in force"],
    reportsCount: "Reports", errorsCount: "Errors", dismissed: "dismissed", confirmed: "confirmed",
    tableNames: { proactive: "Table 二", requests: "Table 三", appeals: "Table 四" },
    statuses: { parsed: "complete", partial: "partial", unparsable: "unparsable", unreadable: "unreadable", "not-a-report": "not a report" },
  };
  const T = document.documentElement.lang === "en" ? EN : ZH;
  const $ = (sel, root = document) => root.querySelector(sel);
  const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  const el = (tag, attrs = {}, html = "") => { const e = document.createElement(tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); e.innerHTML = html; return e; };

  // ---- data
  const packed = $("#gklint-data").textContent.trim();
  const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
  const D = JSON.parse(text);
  // reports: [path, agency, key, year, format, kind, status, title, errors, warnings, infos]
  const R = D.reports.map((r, i) => ({ i, path: r[0], agency: r[1], key: r[2], year: r[3], format: r[4], kind: r[5], status: r[6], title: r[7], e: r[8], w: r[9], n: r[10] }));
  // findings: [report, rule, severity, line, column, end_line, end_column, message, excerpt, mark_begin, cross_year, mark_length, related_path, related_line, place, status]
  const F = D.findings.map((f) => ({ report: f[0], rule: D.rules[f[1]], sev: f[2], line: f[3], col: f[4], endLine: f[5], endCol: f[6], message: f[7], excerpt: f[8], markBegin: f[9], cross: f[10], markLength: f[11], relPath: f[12], relLine: f[13], place: f[14], status: f[15] }));
  const byReport = new Map();
  for (const f of F) { if (!byReport.has(f.report)) byReport.set(f.report, []); byReport.get(f.report).push(f); }
  const open = (f) => f.status !== 2;
  document.title = T.title;
  $("#heading").textContent = T.title;

  // ---- navigation
  const views = ["overview", "reports", "agency"];
  const tabs = $("#tabs");
  for (const v of views) {
    const b = el("button", { "data-view": v }, esc(T[v]));
    b.addEventListener("click", () => show(v));
    tabs.append(b);
  }
  function show(view) {
    for (const s of document.querySelectorAll(".view")) s.hidden = s.id !== "view-" + view;
    for (const b of tabs.children) b.classList.toggle("active", b.dataset.view === view);
  }

  // ---- charts (inline SVG)
  function barChart(items, { width = 560, bar = 18, label = 200, colors = ["#1565c0"] } = {}) {
    const max = Math.max(1, ...items.map((it) => Math.max(...it.values)));
    const rowH = bar * it0(items) + 6;
    const height = items.length * rowH + 10;
    let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img">`;
    items.forEach((it, r) => {
      const y = r * rowH + 5;
      s += `<text x="${label - 6}" y="${y + bar * 0.75}" text-anchor="end">${esc(it.label)}</text>`;
      it.values.forEach((v, k) => {
        const w = Math.round((width - label - 60) * v / max);
        s += `<rect x="${label}" y="${y + k * bar}" width="${w}" height="${bar - 3}" fill="${colors[k % colors.length]}"><title>${esc(it.label)}: ${v}</title></rect>`;
        s += `<text x="${label + w + 4}" y="${y + k * bar + bar * 0.7}">${v}</text>`;
      });
    });
    return s + "</svg>";
  }
  function it0(items) { return items.length ? items[0].values.length : 1; }

  // ---- overview
  function drawOverview() {
    const reports = R.filter((r) => r.status !== "not-a-report");
    const openF = F.filter(open);
    const count = (sev) => openF.filter((f) => f.sev === sev).length;
    const cards = [
      ["count-reports", T.audited, reports.length],
      ["count-error-reports", T.withErrors, reports.filter((r) => r.e > 0).length],
      ["count-findings", T.findings, openF.length],
      ["count-errors", T.errors, count(2)],
      ["count-warnings", T.warnings, count(1)],
      ["count-infos", T.infos, count(0)],
      ["count-cross-year", T.crossYear, openF.filter((f) => f.cross).length],
      ["count-not-reports", T.notReports, R.length - reports.length],
    ];
    const v = $("#view-overview");
    v.innerHTML = `<div class="cards">${cards.map(([id, l, n]) => `<div class="card"><div class="n" id="${id}">${n}</div><div class="l">${esc(l)}</div></div>`).join("")}</div>`;
    const rules = new Map();
    for (const f of openF) rules.set(f.rule, (rules.get(f.rule) || 0) + 1);
    const ruleItems = [...rules].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([label, n]) => ({ label, values: [n] }));
    const years = new Map();
    for (const r of reports) {
      const y = r.year ?? "?";
      if (!years.has(y)) years.set(y, [0, 0]);
      years.get(y)[0]++;
      if (r.e > 0) years.get(y)[1]++;
    }
    const yearItems = [...years].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([y, v]) => ({ label: String(y), values: v }));
    const charts = el("div", { class: "charts" });
    charts.append(el("div", { class: "panel", id: "chart-rules" }, `<h2>${esc(T.byRule)}</h2>${barChart(ruleItems, { label: 260 })}`));
    charts.append(el("div", { class: "panel", id: "chart-years" }, `<h2>${esc(T.byYear)}</h2>${barChart(yearItems, { label: 60, colors: ["#90a4ae", "#c62828"] })}
      <div class="muted"><span style="color:#90a4ae">■</span> ${esc(T.reportsCount)} <span style="color:#c62828">■</span> ${esc(T.withErrors)}</div>`));
    v.append(charts);
  }

  // ---- report list: filter, sort, page
  const state = { text: "", year: "", format: "", severity: "", rule: "", sort: "path", dir: 1, page: 0, size: 50 };
  const columns = [["agency", T.agencyCol], ["year", T.year], ["format", T.format], ["kind", T.kind], ["status", T.status], ["e", T.errors], ["w", T.warnings], ["n", T.infos], ["path", T.file]];
  function drawReportsFrame() {
    const v = $("#view-reports");
    const uniq = (k) => [...new Set(R.map((r) => r[k]).filter((x) => x !== null && x !== ""))].sort();
    const options = (all, values) => `<option value="">${esc(all)}</option>` + values.map((x) => `<option>${esc(x)}</option>`).join("");
    v.innerHTML = `<div class="filters">
        <input id="filter" type="search" size="30" placeholder="${esc(T.filter)}">
        <select id="f-year">${options(T.allYears, uniq("year"))}</select>
        <select id="f-format">${options(T.allFormats, uniq("format"))}</select>
        <select id="f-severity"><option value="">${esc(T.anySeverity)}</option><option value="e">${esc(T.onlyErrors)}</option><option value="any">${esc(T.onlyFindings)}</option></select>
        <select id="f-rule">${options(T.allRules, [...new Set(F.map((f) => f.rule))].sort())}</select>
      </div>
      <table id="report-table"><thead><tr>${columns.map(([k, l]) => `<th data-sort="${k}">${esc(l)}</th>`).join("")}</tr></thead><tbody></tbody></table>
      <div class="pager"><button id="prev">${esc(T.prev)}</button><span id="shown"></span><button id="next">${esc(T.next)}</button></div>`;
    const bind = (id, key) => $(id).addEventListener("input", (e) => { state[key] = e.target.value; state.page = 0; drawRows(); });
    bind("#filter", "text"); bind("#f-year", "year"); bind("#f-format", "format"); bind("#f-severity", "severity"); bind("#f-rule", "rule");
    for (const th of v.querySelectorAll("th[data-sort]"))
      th.addEventListener("click", () => { const k = th.dataset.sort; state.dir = state.sort === k ? -state.dir : 1; state.sort = k; drawRows(); });
    $("#prev").addEventListener("click", () => { if (state.page > 0) { state.page--; drawRows(); } });
    $("#next").addEventListener("click", () => { state.page++; drawRows(); });
    $("#report-table tbody").addEventListener("click", (e) => { const tr = e.target.closest("tr"); if (tr) openReport(Number(tr.dataset.report)); });
  }
  function filtered() {
    const t = state.text.trim().toLowerCase();
    const withRule = state.rule ? new Set(F.filter((f) => f.rule === state.rule && open(f)).map((f) => f.report)) : null;
    return R.filter((r) => (!t || (r.agency + " " + r.path + " " + r.title + " " + r.key).toLowerCase().includes(t)) &&
      (!state.year || String(r.year) === state.year) && (!state.format || r.format === state.format) &&
      (state.severity !== "e" || r.e > 0) && (state.severity !== "any" || r.e + r.w + r.n > 0) && (!withRule || withRule.has(r.i)));
  }
  function drawRows() {
    const rows = filtered();
    const k = state.sort;
    rows.sort((a, b) => {
      const x = a[k], y = b[k];
      const nx = x === null || x === "", ny = y === null || y === "";
      if (nx !== ny) return nx ? 1 : -1;  // unknown values last, whichever the direction
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x ?? "").localeCompare(String(y ?? ""), "zh");
      return (c || a.path.localeCompare(b.path)) * state.dir;
    });
    const pages = Math.max(1, Math.ceil(rows.length / state.size));
    state.page = Math.min(state.page, pages - 1);
    const from = state.page * state.size, page = rows.slice(from, from + state.size);
    $("#report-table tbody").innerHTML = page.map((r) => `<tr data-report="${r.i}"><td>${esc(r.agency)}</td><td class="num">${esc(r.year ?? "")}</td><td>${esc(r.format)}</td><td>${esc(r.kind)}</td><td>${esc(T.statuses[r.status] || r.status)}</td><td class="num e">${r.e || ""}</td><td class="num w">${r.w || ""}</td><td class="num i">${r.n || ""}</td><td>${esc(r.path)}</td></tr>`).join("");
    $("#shown").textContent = rows.length ? T.shown(from + 1, from + page.length, rows.length) : T.shown(0, 0, 0);
    $("#shown").dataset.total = rows.length;
    for (const th of document.querySelectorAll("#report-table th")) { th.classList.toggle("asc", th.dataset.sort === k && state.dir > 0); th.classList.toggle("desc", th.dataset.sort === k && state.dir < 0); }
  }

  // ---- report detail
  function highlighted(f) {
    const chars = Array.from(f.excerpt || "");
    const start = f.markBegin;
    if (start < 0 || start > chars.length) return esc(f.excerpt);
    const stop = Math.min(chars.length, start + Math.max(1, f.markLength));
    return esc(chars.slice(0, start).join("")) + "<mark>" + esc(chars.slice(start, stop).join("")) + "</mark>" + esc(chars.slice(stop).join(""));
  }
  function findingHtml(f) {
    const sevName = [T.infos, T.warnings, T.errors][f.sev];
    const status = f.status === 2 ? ` <span class="muted">(${esc(T.dismissed)})</span>` : f.status === 1 ? ` <span class="muted">(${esc(T.confirmed)})</span>` : "";
    const related = f.relPath ? `<div class="meta">${esc(T.lastYear)}：<a data-path="${esc(f.relPath)}">${esc(f.relPath)}${f.relLine ? ":" + f.relLine : ""}</a></div>` : "";
    return `<div class="finding sev${f.sev}"><div><span class="badge sev${f.sev}">${esc(sevName)}</span> ${esc(f.message)}${status}</div>
      <div class="meta">${esc(f.rule)} · ${f.line}:${f.col}${f.place ? " · " + esc(f.place) : ""}</div>
      <div class="excerpt">${highlighted(f)}</div>${related}</div>`;
  }
  function tableHtml(r, facts, bad) {
    const tmpl = (D.templates[r.format] || {});
    const cell = new Map(facts.map((c) => [c[0] + "|" + c[1] + "|" + c[2] + "|" + c[3], c]));
    const value = (t, b, row, col) => {
      const c = cell.get(t + "|" + b + "|" + row + "|" + col);
      if (!c) return "<td></td>";
      const cls = [bad.has(c[6] + ":" + c[7]) ? "bad" : "", c[5] === "blank" ? "blank" : ""].join(" ").trim();
      const shown = c[5] === "blank" ? "（空）" : c[4] === null ? "" : c[4];
      return `<td class="num ${cls}" data-cell="${esc(t + "." + (b ? b + "." : "") + row + "." + col)}">${esc(shown)}</td>`;
    };
    let out = "";
    for (const key of ["proactive", "requests", "appeals"]) {
      const t = tmpl[key];
      if (!t || !facts.some((c) => c[0] === key)) continue;
      out += `<h3>${esc(T.tableNames[key])}</h3>`;
      if (t.blocks.length) {
        for (const b of t.blocks) {
          out += `<table class="grid"><tr><th>${esc(b.caption)}</th>${b.columns.map((c) => `<th>${esc(c[1])}</th>`).join("")}</tr>`;
          for (const row of b.rows) out += `<tr><th>${esc(row[1])}</th>${b.columns.map((c) => value(key, b.key, row[0], c[0])).join("")}</tr>`;
          out += "</table>";
        }
      } else if (t.groups.length) {
        const cols = t.groups.flatMap((g) => t.columns.map((c) => [g + "." + c[0], (t.group_labels.find((x) => x[0] === g) || [g, g])[1] + " " + c[1]]));
        out += `<table class="grid"><tr>${cols.map((c) => `<th>${esc(c[1])}</th>`).join("")}</tr><tr>${cols.map((c) => value(key, "", "values", c[0])).join("")}</tr></table>`;
      } else {
        out += `<table class="grid"><tr><th></th>${t.columns.map((c) => `<th>${esc(c[1])}</th>`).join("")}</tr>`;
        for (const row of t.rows) out += `<tr><th>${esc(row[1])}</th>${t.columns.map((c) => value(key, "", row[0], c[0])).join("")}</tr>`;
        out += "</table>";
      }
    }
    return out;
  }
  function openReport(i) {
    const r = R[i];
    const fs = byReport.get(i) || [];
    const facts = D.facts[String(i)] || [];
    const bad = new Set(fs.filter((f) => open(f) && f.sev > 0).map((f) => f.line + ":" + f.col));
    const v = $("#view-detail");
    v.innerHTML = `<p><a id="back">← ${esc(T.back)}</a></p>
      <div class="panel"><h2 id="detail-title">${esc(r.title || r.agency || r.path)}</h2>
      <div class="muted">${esc(r.path)} · ${esc(T.agencyCol)}：${esc(r.agency)} · ${esc(T.year)}：${esc(r.year ?? "?")} · ${esc(T.format)}：${esc(r.format || "?")} · ${esc(T.status)}：${esc(T.statuses[r.status] || r.status)}
      ${r.key ? ` · <a id="to-agency">${esc(T.agencyYears)}</a>` : ""}</div></div>
      <div class="panel" id="detail-findings"><h2>${esc(T.findings)}（${fs.length}）</h2>${fs.length ? fs.map(findingHtml).join("") : esc(T.noFindings)}</div>
      ${facts.length ? `<div class="panel" id="detail-tables"><h2>${esc(T.tables)}</h2>${tableHtml(r, facts, bad)}</div>` : ""}`;
    $("#back").addEventListener("click", () => show("reports"));
    if (r.key) $("#to-agency").addEventListener("click", () => { drawAgency(r.key); show("agency"); });
    for (const a of v.querySelectorAll("a[data-path]")) {
      const target = R.find((x) => x.path === a.dataset.path);
      if (target) a.addEventListener("click", () => openReport(target.i));
    }
    show("detail");
    v.dataset.report = String(i);
  }

  // ---- an agency's years side by side
  const agencies = [...new Set(R.map((r) => r.key).filter(Boolean))].sort((a, b) => a.localeCompare(b, "zh"));
  function drawAgency(key) {
    const v = $("#view-agency");
    v.innerHTML = `<div class="filters"><select id="agency-select"><option value="">${esc(T.chooseAgency)}</option>${agencies.map((a) => `<option${a === key ? " selected" : ""}>${esc(a)}</option>`).join("")}</select></div><div id="agency-body"></div>`;
    $("#agency-select").addEventListener("input", (e) => drawAgency(e.target.value));
    if (!key) return;
    const rs = R.filter((r) => r.key === key).sort((a, b) => (a.year - b.year) || a.path.localeCompare(b.path));
    const head = rs.map((r) => `<th><a data-report="${r.i}">${esc(r.year)}</a><div class="muted">${esc(r.kind)}</div></th>`).join("");
    const keyRow = (k) => `<tr><th>${esc(T.keys[k])}</th>${rs.map((r) => `<td class="num">${esc(((D.keys[String(r.i)] || [])[k]) ?? "")}</td>`).join("")}</tr>`;
    const crossOf = (r) => (byReport.get(r.i) || []).filter((f) => f.cross && open(f));
    let html = `<table id="agency-table"><tr><th></th>${head}</tr>${T.keys.map((_, k) => keyRow(k)).join("")}
      <tr><th>${esc(T.errorsCount)}</th>${rs.map((r) => `<td class="num e">${r.e}</td>`).join("")}</tr>
      <tr><th>${esc(T.crossYear)}</th>${rs.map((r) => `<td class="num">${crossOf(r).length}</td>`).join("")}</tr></table>`;
    const cross = rs.flatMap(crossOf);
    html += `<div class="panel"><h2>${esc(T.crossYear)}（${cross.length}）</h2>${cross.map(findingHtml).join("")}</div>`;
    $("#agency-body").innerHTML = html;
    for (const a of v.querySelectorAll("a[data-report]")) a.addEventListener("click", () => openReport(Number(a.dataset.report)));
  }

  drawOverview();
  drawReportsFrame();
  drawRows();
  drawAgency("");
  show("overview");
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = "1";
})().catch((e) => { document.body.dataset.ready = "error"; console.error(e); });
