"use strict";
(function () {
  const PARTS = ["标题和引言", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
  const SEVERITIES = [["error", "错误"], ["warning", "警告"], ["info", "提示"]];
  const RANK = { error: 0, warning: 1, info: 2 };
  const MAX_BYTES = {{max_upload_bytes}};
  const $ = (id) => document.getElementById(id);
  let current = null;   // the File being shown
  let answer = null;    // the server's answer for it

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  }

  function say(text, isError) {
    const box = $("message");
    box.textContent = text;
    box.className = isError ? "error" : "";
    box.hidden = !text;
  }

  function settingsForm(file) {
    const form = new FormData();
    form.append("file", file, file.name);
    for (const id of ["profile", "format", "lang"]) form.append(id, $(id).value);
    return form;
  }

  async function post(path, file) {
    const response = await fetch(path, { method: "POST", body: settingsForm(file) });
    if (!response.ok) {
      let message = response.status === 413 ? "文件过大，无法检查" : "检查失败（" + response.status + "）";
      try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    return response;
  }

  async function check(file) {
    current = file;
    $("results").hidden = true;
    $("summary").hidden = true;
    if (file.size === 0) { say(file.name + "：文件是空的，没有可检查的内容", true); return; }
    if (file.size > MAX_BYTES) {
      say(file.name + "：文件超过 " + Math.round(MAX_BYTES / 1048576) + " MB，无法检查", true);
      return;
    }
    say("正在检查 " + file.name + " …", false);
    try {
      answer = await (await post("/api/lint", file)).json();
    } catch (e) {
      say(e.message, true);
      return;
    }
    say("", false);
    show(answer);
  }

  function severityOf(marks, diagnostics) {
    let best = "info";
    for (const i of marks) if (RANK[diagnostics[i].severity] < RANK[best]) best = diagnostics[i].severity;
    return best;
  }

  function spansInto(node, spans, diagnostics) {
    for (const span of spans) {
      if (!span.marks.length) { node.append(span.text); continue; }
      const mark = el("mark", { class: severityOf(span.marks, diagnostics) + (span.text ? "" : " point"),
        "data-findings": span.marks.join(" "), text: span.text });
      mark.addEventListener("click", (event) => { event.stopPropagation(); select(span.marks[0]); });
      node.append(mark);
      if (node.tagName === "TD") node.classList.add("marked");
    }
  }

  function renderDocument(view, diagnostics) {
    const article = $("document");
    article.replaceChildren();
    view.blocks.forEach((block, index) => {
      let node;
      if (block.kind === "table") {
        const width = Math.max(...block.rows.map((row) => row.length));
        node = el("table");
        for (const row of block.rows) {
          const tr = el("tr");
          row.forEach((cell, c) => {
            const td = el("td");
            if (c === row.length - 1 && row.length < width) td.colSpan = width - row.length + 1;
            spansInto(td, cell.spans, diagnostics);
            tr.append(td);
          });
          node.append(tr);
        }
      } else {
        const tag = { title: "h1", heading: "h2", subheading: "h3" }[block.kind] || "p";
        node = el(tag, block.kind === "title" ? { class: "doc-title" } : {});
        spansInto(node, block.spans, diagnostics);
      }
      node.dataset.block = index;
      node.dataset.begin = block.begin;
      article.append(node);
    });
  }

  function where(d) {
    if (d.place && d.place.text) return d.place.text;
    return "第" + d.range.start.line + "行第" + d.range.start.column + "列";
  }

  function renderFindings(diagnostics, parts) {
    const list = $("findings");
    list.replaceChildren();
    if (!diagnostics.length) { list.append(el("p", { text: "没有发现问题。" })); return; }
    PARTS.forEach((title, part) => {
      const here = diagnostics.map((d, i) => i).filter((i) => parts[i] === part);
      if (!here.length) return;
      list.append(el("h3", { text: title + "（" + here.length + "）" }));
      for (const [severity, name] of SEVERITIES) {
        const ofSeverity = here.filter((i) => diagnostics[i].severity === severity);
        if (!ofSeverity.length) continue;
        list.append(el("h4", { text: name }));
        const ol = el("ol");
        for (const i of ofSeverity) {
          const d = diagnostics[i];
          const item = el("li", { class: "finding " + severity, id: "finding-" + i, tabindex: "0", "data-rule": d.ruleId },
            el("span", { class: "badge " + severity, text: name }), d.message,
            el("div", { class: "where", text: where(d) }), el("div", { class: "rule", text: d.ruleId }));
          item.addEventListener("click", () => select(i));
          item.addEventListener("keydown", (event) => { if (event.key === "Enter") select(i); });
          ol.append(item);
        }
        list.append(ol);
      }
    });
  }

  function fixText(i) {
    const d = answer.result.diagnostics[i];
    if (!d.fix) return null;
    const from = answer.fixOriginals[i];
    const what = d.fix.description || ("将“" + from + "”改为“" + d.fix.replacement + "”");
    return "建议修改：" + what + (d.fix.safe ? "（可自动修复）" : "（建议，请确认）");
  }

  function select(i) {
    const diagnostics = answer.result.diagnostics;
    const d = diagnostics[i];
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    document.querySelectorAll(".finding.selected").forEach((f) => f.classList.remove("selected"));
    const marks = [...document.querySelectorAll("mark[data-findings]")]
      .filter((m) => m.dataset.findings.split(" ").includes(String(i)));
    marks.forEach((m) => m.classList.add("active"));
    const item = $("finding-" + i);
    if (item) item.classList.add("selected");
    let target = marks[0];
    if (!target) {  // a finding on an empty line: the nearest block after it
      const begins = [...document.querySelectorAll("#document [data-begin]")];
      target = begins.find((b) => Number(b.dataset.begin) >= d.range.start.offset) || begins[begins.length - 1];
    }
    if (target) target.scrollIntoView({ block: "center", behavior: "instant" });
    const detail = $("detail");
    detail.replaceChildren(
      el("p", {}, el("span", { class: "badge " + d.severity, text: SEVERITIES.find((s) => s[0] === d.severity)[1] }),
        d.message),
      el("p", { class: "where", text: where(d) + " · " + d.ruleId }));
    const fix = fixText(i);
    if (fix) detail.append(el("p", { text: fix }));
    for (const note of d.notes || [])
      detail.append(el("p", { class: "where", text: "另见 第" + note.range.start.line + "行：" + note.message }));
    const explanation = answer.explanations[d.ruleId];
    if (explanation) detail.append(el("pre", { text: explanation }));
    detail.hidden = false;
  }

  function show(data) {
    const diagnostics = data.result.diagnostics;
    const count = (s) => diagnostics.filter((d) => d.severity === s).length;
    $("summary-title").textContent = "检查结果：" + count("error") + "个错误、" + count("warning") + "个警告、" +
      count("info") + "个提示";
    $("summary-meta").textContent = current.name + " · 检查日期 " + new Date().toLocaleDateString("zh-CN") +
      " · gklint {{version}}";
    const download = $("download");
    download.hidden = !(data.fixesApply && data.fixable > 0);
    $("fix-note").textContent = data.fixable > 0 && !data.fixesApply
      ? "有 " + data.fixable + " 处可按建议修改：" + data.fixRefusal : "";
    renderDocument(data.view, diagnostics);
    renderFindings(diagnostics, data.view.parts);
    $("detail").hidden = true;
    $("summary").hidden = false;
    $("results").hidden = false;
  }

  async function downloadFixed() {
    try {
      const response = await post("/api/fix", current);
      const blob = await response.blob();
      const link = el("a", { href: URL.createObjectURL(blob), download: current.name.replace(/(\.[^.]*)?$/, "（已修正）$1") });
      document.body.append(link);
      link.click();
      link.remove();
      say("已修复 " + response.headers.get("X-Gklint-Fixes-Applied") + " 处，修正后的文件已下载。", false);
    } catch (e) {
      say(e.message, true);
    }
  }

  const drop = $("drop");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer.files.length) check(event.dataTransfer.files[0]);
  });
  $("file").addEventListener("change", (event) => { if (event.target.files.length) check(event.target.files[0]); });
  $("settings").addEventListener("change", () => { if (current) check(current); });
  $("print").addEventListener("click", () => window.print());
  $("download").addEventListener("click", downloadFixed);
})();
