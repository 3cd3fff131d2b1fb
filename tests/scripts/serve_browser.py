#!/usr/bin/env python3
"""gklint serve in a real browser (headless Chromium over the DevTools pipe), issue 15.

    serve_browser.py GKLINT SOURCE_DIR

Starts `gklint serve --port 0` and checks:
  - it listens on 127.0.0.1 only (/proc/net/tcp, tcp6; `ss -ltn` too when installed), and
    requests with a foreign Host or Origin are refused;
  - sample 004 uploaded as .txt and as .docx through the page's file input: the finding on
    第二十六条 is marked in the table, the list has the CLI's findings (rule, line), clicking a
    finding scrolls its mark into view and shows its explanation, the fixed .txt comes back
    from /api/fix with 第二十条;
  - every real web page and PDF of tests/fixtures shows the CLI's findings, each marked in place;
  - an empty file, a corrupt .docx and a 100 MB file give clear messages, the server's 413
    answer too, and the server keeps serving;
  - the console has no error; nothing was written to the temporary folder;
  - linting through the server takes at most 50 ms longer than the CLI on the same file
    (medians of 5; the figures are printed).
"""
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp_pipe import Browser  # noqa: E402

FAILURES = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        FAILURES.append(what)


def start_server(gklint, tmp, extra=(), env_extra=None):
    env = dict(os.environ, TMPDIR=tmp, LC_ALL="C.UTF-8", **(env_extra or {}))
    proc = subprocess.Popen([gklint, "serve", "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, text=True)
    line = proc.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        proc.kill()
        sys.exit("serve_browser: gklint serve printed no address: %r %r" % (line, proc.stderr.read()))
    return proc, int(match.group(1))


def listening_addresses(port):
    """Local addresses listening on `port`, from the kernel's socket tables."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            next(f)
            for row in f:
                fields = row.split()
                address, port_hex = fields[1].rsplit(":", 1)
                if int(port_hex, 16) == port and fields[3] == "0A":  # LISTEN
                    found.append(address)
    return found


def request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def multipart(path, data=None, name=None):
    boundary = "gklintboundary7d1e"
    content = data if data is not None else open(path, "rb").read()
    filename = name or os.path.basename(path)
    body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
             "Content-Type: application/octet-stream\r\n\r\n" % (boundary, filename)).encode() + content +
            ("\r\n--%s--\r\n" % boundary).encode())
    return body, {"Content-Type": "multipart/form-data; boundary=" + boundary, "Origin": None}


def post_lint(port, path):
    body, headers = multipart(path)
    headers.pop("Origin")
    return request(port, "POST", "/api/lint", body, headers)


def cli_findings(gklint, path):
    run = subprocess.run([gklint, "--format", "json", path], stdout=subprocess.PIPE, text=True)
    return [(d["ruleId"], d["range"]["start"]["line"]) for d in json.loads(run.stdout)["files"][0]["diagnostics"]]


def upload(page, path, timeout=60):
    """Chooses `path` in the page's file input; returns 'results' or the error message shown."""
    page.evaluate("document.getElementById('results').hidden = true; document.getElementById('message').hidden = true")
    root = page.send("DOM.getDocument")["root"]["nodeId"]
    node = page.send("DOM.querySelector", {"nodeId": root, "selector": "#file"})["nodeId"]
    page.send("DOM.setFileInputFiles", {"files": [path], "nodeId": node})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = page.evaluate("""(() => {
            const m = document.getElementById('message');
            if (!document.getElementById('results').hidden) return 'results';
            if (!m.hidden && m.className === 'error') return 'error: ' + m.textContent;
            return '';
        })()""")
        if state:
            return state
        time.sleep(0.05)
    return "timeout"


def check_open(gklint):
    """--open hands the page's address to xdg-open (here a stand-in that records it)."""
    tmp = tempfile.mkdtemp(prefix="gklint-serve-open-")
    try:
        bin_dir = os.path.join(tmp, "bin")
        os.makedirs(bin_dir)
        opener = os.path.join(bin_dir, "xdg-open")
        with open(opener, "w") as f:
            f.write("#!/bin/sh\necho \"$1\" > %s/opened\n" % tmp)
        os.chmod(opener, 0o755)
        server, port = start_server(gklint, tmp, ["--open"], {"PATH": bin_dir + ":" + os.environ["PATH"]})
        try:
            deadline = time.monotonic() + 10
            while not os.path.exists(os.path.join(tmp, "opened")) and time.monotonic() < deadline:
                time.sleep(0.05)
            opened = open(os.path.join(tmp, "opened")).read().strip() if os.path.exists(os.path.join(tmp, "opened")) else ""
            status, body = request(port, "GET", "/")
            check(opened == "http://127.0.0.1:%d/" % port and status == 200 and "年度报告检查".encode() in body,
                  "--open starts the browser on the page (%r)" % opened)
        finally:
            server.kill()
            server.wait()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    gklint, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    tmp = tempfile.mkdtemp(prefix="gklint-serve-")
    server, port = start_server(gklint, tmp)
    try:
        run(gklint, source, tmp, server, port)
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    check_open(gklint)
    if FAILURES:
        print("%d check(s) failed" % len(FAILURES))
        sys.exit(1)
    print("serve_browser: all checks passed")


def run(gklint, source, tmp, server, port):
    work = os.path.join(tmp, "files")
    os.makedirs(work)
    scratch_before = set(os.listdir(tmp))

    # Bound to the loopback interface only.
    addresses = listening_addresses(port)
    check(addresses == ["0100007F"], "listens on 127.0.0.1 only (socket table: %s)" % addresses)
    if shutil.which("ss"):
        ss = subprocess.run(["ss", "-ltn"], stdout=subprocess.PIPE, text=True).stdout
        bound = [l.split()[3] for l in ss.splitlines()[1:] if l.split()[3].endswith(":%d" % port)]
        check(bound == ["127.0.0.1:%d" % port], "ss -ltn shows %s" % bound)

    # Foreign Host and Origin are refused; the page's own are served.
    status, _ = request(port, "GET", "/", headers={"Host": "evil.example:%d" % port})
    check(status == 403, "a foreign Host is refused (%d)" % status)
    body, headers = multipart(os.path.join(source, "examples/004_dc050822b7b0f109.txt"))
    headers["Origin"] = "http://evil.example"
    status, data = request(port, "POST", "/api/lint", body, headers)
    check(status == 403 and b"Origin" in data, "a foreign Origin is refused (%d)" % status)
    headers["Origin"] = "http://127.0.0.1:%d" % port
    status, _ = request(port, "POST", "/api/lint", body, headers)
    check(status == 200, "the page's own Origin is served (%d)" % status)
    status, _ = request(port, "GET", "/etc/passwd")
    check(status == 404, "no file from disk is served (%d)" % status)

    sample_txt = os.path.join(work, "sample_004.txt")
    shutil.copy(os.path.join(source, "examples/004_dc050822b7b0f109.txt"), sample_txt)
    sample_docx = os.path.join(source, "tests/fixtures/docx/sample_004.docx")

    with Browser() as browser:
        page = browser.open("http://127.0.0.1:%d/" % port)
        check(page.evaluate("document.title").startswith("政府信息公开工作年度报告检查"), "the page loads")
        for sample in (sample_txt, sample_docx):
            name = os.path.basename(sample)
            state = upload(page, sample)
            check(state == "results", "%s: findings shown (%s)" % (name, state))
            expected = cli_findings(gklint, sample)
            page_list = page.evaluate("""[...document.querySelectorAll('#findings .finding')].map(li => li.dataset.rule)""")
            check(sorted(page_list) == sorted(r for r, _ in expected),
                  "%s: the list has the CLI's %d findings (page: %d)" % (name, len(expected), len(page_list)))
            mark = page.evaluate("""(() => {
                const m = [...document.querySelectorAll('mark[data-findings]')].find(m => m.textContent.includes('第二十六条'));
                return m ? {inTable: !!m.closest('table'), text: m.textContent, cls: m.className} : null;
            })()""")
            check(bool(mark) and mark["inTable"] and "error" in mark["cls"],
                  "%s: 第二十六条 is marked as an error in table 二 (%s)" % (name, mark))
            summary = page.evaluate("document.getElementById('summary-title').textContent")
            errors = len([1 for d in json.loads(subprocess.run(
                [gklint, "--format", "json", sample], stdout=subprocess.PIPE, text=True).stdout)["files"][0]["diagnostics"]
                if d["severity"] == "error"])
            check(summary.startswith("检查结果：%d个错误" % errors), "%s: the summary reads %r" % (name, summary))
            # Clicking the finding scrolls its mark into view and explains it.
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            clicked = page.evaluate("""(() => {
                const li = document.querySelector('#findings .finding[data-rule="article/wrong-number"]');
                li.click();
                const m = document.querySelector('mark.active');
                if (!m) return null;
                const r = m.getBoundingClientRect();
                return {visible: r.top >= 0 && r.bottom <= window.innerHeight, text: m.textContent,
                        detail: document.getElementById('detail').textContent};
            })()""")
            check(bool(clicked) and clicked["visible"] and "第二十六条" in clicked["text"],
                  "%s: clicking the finding scrolls its mark into view (%s)" %
                  (name, {k: v for k, v in (clicked or {}).items() if k != "detail"}))
            check(bool(clicked) and "article/wrong-number" in clicked["detail"] and "改为“第二十条”" in clicked["detail"],
                  "%s: the detail shows the fix and the rule's explanation" % name)
        # The fix of the .txt, as the page's download button asks for it.
        fixed = page.evaluate("""(async () => {
            const form = new FormData();
            form.append('file', new Blob([Uint8Array.from(atob(%s), c => c.charCodeAt(0))]), 'r.txt');
            const response = await fetch('/api/fix', {method: 'POST', body: form});
            return [response.status, response.headers.get('X-Gklint-Fixes-Applied'), await response.text()];
        })()""" % json.dumps(__import__("base64").b64encode(open(sample_txt, "rb").read()).decode()))
        check(fixed[0] == 200 and int(fixed[1]) >= 1 and "\t第二十条第（六）项" in fixed[2] and "第二十六条第（六）项" not in fixed[2],
              "/api/fix returns the .txt with its %s safe fixes applied" % fixed[1])

        # Dropping the file on the page works as choosing it.
        page.evaluate("document.getElementById('results').hidden = true")
        dropped = page.evaluate("""(async () => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([Uint8Array.from(atob(%s), c => c.charCodeAt(0))], '拖入.txt'));
            document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
            for (let i = 0; i < 400 && document.getElementById('results').hidden; i++) await new Promise(r => setTimeout(r, 50));
            return [document.getElementById('summary-meta').textContent, document.querySelectorAll('#findings .finding').length];
        })()""" % json.dumps(__import__("base64").b64encode(open(sample_txt, "rb").read()).decode()))
        check(dropped[0].startswith("拖入.txt") and dropped[1] == len(cli_findings(gklint, sample_txt)),
              "a dropped file is checked (%s, %d findings)" % tuple(dropped))

        # Real published reports: web pages and PDFs.
        for folder in ("tests/fixtures/html/real", "tests/fixtures/pdf/real"):
            for name in sorted(os.listdir(os.path.join(source, folder))):
                if name.endswith(".md"):
                    continue
                path = os.path.join(source, folder, name)
                state = upload(page, path)
                expected = cli_findings(gklint, path)
                shown = page.evaluate("""[...document.querySelectorAll('#findings .finding')].map(li => li.dataset.rule)""")
                unplaced = page.evaluate("""(() => {
                    const marked = new Set();
                    document.querySelectorAll('mark[data-findings]').forEach(m =>
                        m.dataset.findings.split(' ').forEach(i => marked.add(Number(i))));
                    return [...document.querySelectorAll('#findings .finding')].map(li => Number(li.id.slice(8)))
                        .filter(i => !marked.has(i));
                })()""")
                check(state == "results" and sorted(shown) == sorted(r for r, _ in expected) and not unplaced,
                      "%s: %d findings listed, as the CLI's %d, each marked in place (unmarked: %s)" %
                      (name, len(shown), len(expected), unplaced))

        # Bad input: a message on the page, and the server keeps serving.
        empty = os.path.join(work, "空白.txt")
        open(empty, "wb").close()
        state = upload(page, empty)
        check(state.startswith("error:") and "空" in state, "an empty file: %s" % state)
        corrupt = os.path.join(work, "损坏.docx")
        with open(corrupt, "wb") as f:
            f.write(b"PK\x03\x04" + os.urandom(2000))
        state = upload(page, corrupt)
        check(state.startswith("error:") and "损坏.docx：无法读取这个文件" in state, "a corrupt .docx: %s" % state)
        huge = os.path.join(work, "巨大.txt")
        with open(huge, "wb") as f:
            f.truncate(100 * 1024 * 1024)
        state = upload(page, huge)
        check(state.startswith("error:") and "MB" in state, "a 100 MB file: %s" % state)
        os.remove(huge)
        big_body, big_headers = multipart(None, b"x" * (100 * 1024 * 1024), "big.txt")
        big_headers.pop("Origin")
        status, data = request(port, "POST", "/api/lint", big_body, big_headers)
        check(status == 413 and "MB" in json.loads(data)["error"], "the server answers 100 MB with 413 and a message")
        empty_body, empty_headers = multipart(None, b"", "空白.txt")
        empty_headers.pop("Origin")
        status, data = request(port, "POST", "/api/lint", empty_body, empty_headers)
        check(status == 422 and "空白.txt：无法读取" in json.loads(data)["error"],
              "the server answers an empty file with 422 and a message (%d %s)" % (status, data[:120]))
        state = upload(page, sample_txt)
        check(state == "results", "after the bad files the server still serves (%s)" % state)

        errors = [e for e in page.console if e.get("method") == "Runtime.exceptionThrown" or
                  e["params"].get("type") in ("error", "assert")]
        check(not errors, "the console has no error (%s)" % errors[:3])
    check(server.poll() is None, "the server is still running")
    check(set(os.listdir(tmp)) == scratch_before, "the server left nothing in its TMPDIR")

    # Time through the server against the CLI's whole process, same file.
    for path in (sample_txt, sample_docx, os.path.join(source, "tests/fixtures/pdf/real/2024_huaian_szf.pdf")):
        served, cli = [], []
        for _ in range(5):
            start = time.perf_counter()
            status, _ = post_lint(port, path)
            served.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([gklint, "--format", "json", path], stdout=subprocess.DEVNULL)
            cli.append(time.perf_counter() - start)
        s, c = statistics.median(served) * 1000, statistics.median(cli) * 1000
        check(status == 200 and s <= c + 50,
              "%s: through the server %.0f ms, the CLI %.0f ms (at most 50 ms more)" % (os.path.basename(path), s, c))


if __name__ == "__main__":
    main()
