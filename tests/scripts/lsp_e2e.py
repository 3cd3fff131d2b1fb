#!/usr/bin/env python3
"""End-to-end test of `gklint lsp`: drives the server through a pipe as an editor
would, including malformed input, and checks every answer.

usage: lsp_e2e.py GKLINT_BINARY SOURCE_DIR
"""
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

GKLINT, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
SAMPLE = os.path.join(SOURCE, "examples", "004_dc050822b7b0f109.txt")
DEFECT_LINE = 44  # 0-based: the table 二 caption "第二十六条第（六）项" (should be 第二十条)
PREFIX = "\t𠀀😀"  # an astral CJK character and an emoji before the defect
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)
    return condition


def columns(line, index, encoding):
    prefix = line[:index]
    if encoding == "utf-8":
        return len(prefix.encode("utf-8"))
    if encoding == "utf-16":
        return len(prefix.encode("utf-16-le")) // 2
    return len(prefix)


class Client:
    def __init__(self, cwd):
        self.proc = subprocess.Popen([GKLINT, "lsp", "--stdio"], cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 0
        self.answered = set()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode("ascii").rstrip("\r\n")
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            message = json.loads(body.decode("utf-8"))
            if "id" in message and "method" not in message and message["id"] is not None:
                check(message["id"] not in self.answered, f"one response per request (id {message['id']})")
                self.answered.add(message["id"])
            self.messages.put(message)

    def raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params=None):
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.next_id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def next(self, timeout=10):
        try:
            return self.messages.get(timeout=timeout)
        except queue.Empty:
            return None

    def wait_for(self, predicate, timeout=10):
        """The first message satisfying predicate; the others read on the way are returned too."""
        seen, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            m = self.next(deadline - time.monotonic())
            if m is None:
                break
            seen.append(m)
            if predicate(m):
                return m, seen
        return None, seen

    def response(self, request_id, timeout=10):
        m, seen = self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, timeout)
        return m, seen

    def diagnostics(self, uri, timeout=10):
        m, _ = self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                             and m["params"]["uri"] == uri, timeout)
        return m["params"] if m else None

    def finish(self, timeout=10):
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None


def errors_in(messages):
    return [m for m in messages if "error" in m and "method" not in m]


def wrong_number(diagnostics):
    return [d for d in diagnostics if d.get("code") == "article/wrong-number"]


def main():
    work = tempfile.mkdtemp(prefix="gklint-lsp-")
    try:
        run(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("lsp_e2e: all checks passed")
    return 0


def run(work):
    with open(SAMPLE, encoding="utf-8") as f:
        lines = f.read().split("\n")
    check(lines[DEFECT_LINE].startswith("\t第二十六条"), "sample 004 line 45 is the wrong caption")
    lines[DEFECT_LINE] = PREFIX + lines[DEFECT_LINE].lstrip("\t")
    text = "\n".join(lines)
    report = os.path.join(work, "reports", "报告 2020.txt")
    os.makedirs(os.path.dirname(report))
    with open(report, "w", encoding="utf-8") as f:
        f.write(text)
    uri = "file://" + urllib.parse.quote(report)  # percent-encoded UTF-8, as editors send it
    defect_line = lines[DEFECT_LINE]
    defect_index = defect_line.index("第二十六条")

    client = Client(work)

    # --- before initialize ---
    rid = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    m, _ = client.response(rid)
    check(m and m["error"]["code"] == -32002, f"request before initialize: -32002, got {m}")

    # --- initialize: the client prefers utf-32 ---
    rid = client.request("initialize", {
        "processId": os.getpid(), "rootUri": "file://" + work,
        "capabilities": {"general": {"positionEncodings": ["utf-32", "utf-16"]},
                         "textDocument": {"publishDiagnostics": {"relatedInformation": True}}}})
    m, _ = client.response(rid)
    caps = m["result"]["capabilities"] if m and "result" in m else {}
    check(caps.get("positionEncoding") == "utf-32", f"negotiated utf-32, got {caps.get('positionEncoding')}")
    check(caps.get("textDocumentSync", {}).get("change") == 2, "incremental sync")
    check(caps.get("textDocumentSync", {}).get("save") is not None, "save notifications")
    check(caps.get("codeActionProvider", {}).get("codeActionKinds") == ["quickfix"], "quickfix code actions")
    check("diagnosticProvider" in caps, "pull diagnostics")
    check("offsetEncoding" not in m.get("result", {}), "no clangd offsetEncoding unless asked")
    client.notify("initialized", {})
    rid = client.request("initialize", {"capabilities": {}})
    m, _ = client.response(rid)
    check(m and m["error"]["code"] == -32600, f"second initialize: -32600, got {m}")

    # --- malformed input: every request answered with an error, notifications never answered ---
    client.raw(b"Content-Length: 9\r\n\r\n{not json")
    client.raw(b"Content-Length: abc\r\n\r\n")
    client.raw(b"Content-Type: application/json\r\n\r\n")
    client.send([1, 2, 3])
    client.send({"jsonrpc": "2.0", "id": 100, "method": "textDocument/hover", "params": {}})
    client.send({"jsonrpc": "2.0", "id": 101, "method": "textDocument/codeAction", "params": {}})
    client.send({"jsonrpc": "2.0", "id": 102, "method": "textDocument/diagnostic"})
    client.send({"jsonrpc": "2.0", "id": 103, "method": "textDocument/codeAction",
                 "params": {"textDocument": {"uri": uri}, "range": {"start": {"line": -1}}}})
    client.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {}})   # bad notification
    client.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                 "params": {"textDocument": {"uri": "file:///nowhere.txt"}, "contentChanges": []}})
    client.send({"jsonrpc": "2.0", "method": "$/unknownNotification", "params": {}})
    client.send({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": "oops"})
    rid = client.request("textDocument/codeAction", {"textDocument": {"uri": "file:///never-opened.txt"},
                                                     "range": {"start": {"line": 0, "character": 0},
                                                               "end": {"line": 0, "character": 0}},
                                                     "context": {"diagnostics": []}})
    m, seen = client.response(rid)
    check(m and m.get("result") == [], f"code actions for a closed document: [], got {m}")
    errors = errors_in(seen)
    codes = [(e.get("id"), e["error"]["code"]) for e in errors]
    expected = [(None, -32700), (None, -32700), (None, -32700), (None, -32600), (100, -32601), (101, -32602),
                (102, -32602), (103, -32602)]
    check(codes == expected, f"malformed input answered {codes}, expected {expected}")
    answered = [x for x in seen if "id" in x and "method" not in x]
    check(len(answered) == len(expected) + 1, f"notifications must not be answered: {answered}")
    check(client.proc.poll() is None, "the server survives malformed input")

    # --- didOpen: diagnostics at utf-32 positions ---
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "text", "version": 1,
                                                            "text": text}})
    params = client.diagnostics(uri)
    found = wrong_number(params["diagnostics"]) if params else []
    check(len(found) == 1, f"one article/wrong-number diagnostic, got {found}")
    if found:
        d = found[0]
        col = columns(defect_line, defect_index, "utf-32")
        check(d["range"]["start"] == {"line": DEFECT_LINE, "character": col},
              f"utf-32 start {d['range']['start']}, expected line {DEFECT_LINE} character {col}")
        end = columns(defect_line, defect_index + len("第二十六条第（六）项"), "utf-32")  # the whole caption
        check(d["range"]["end"] == {"line": DEFECT_LINE, "character": end}, f"end {d['range']['end']}")
        check(d["severity"] == 1 and d["source"] == "gklint", "severity error, source gklint")
        href = d.get("codeDescription", {}).get("href", "")
        check(href.startswith("file://") and href.endswith("docs/rules/article/wrong-number.md"), f"doc page {href}")
        check(params.get("version") == 1, "publish carries the version")
    check(all(d.get("source") == "gklint" and isinstance(d.get("code"), str) for d in params["diagnostics"]),
          "every diagnostic has source and code")
    related = [d for d in params["diagnostics"] if d.get("relatedInformation")]
    for d in related:
        loc = d["relatedInformation"][0]["location"]
        check(loc["uri"] == uri and "start" in loc["range"], "relatedInformation points into the document")

    # --- didChange (incremental, utf-32): insert before the defect on its line; debounced publish ---
    burst_start = time.monotonic()
    for version, insert in ((2, "表"), (3, "😀")):
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": DEFECT_LINE, "character": 1},
                                          "end": {"line": DEFECT_LINE, "character": 1}}, "text": insert}]})
    params = client.diagnostics(uri)
    elapsed = time.monotonic() - burst_start
    check(elapsed >= 0.25, f"diagnostics debounced (published after {elapsed:.3f} s)")
    check(params and params.get("version") == 3, f"one publish for the burst, for version 3: {params and params.get('version')}")
    edited_line = defect_line[:1] + "😀表" + defect_line[1:]
    found = wrong_number(params["diagnostics"]) if params else []
    if check(len(found) == 1, "wrong-number still found after the edit"):
        col = columns(edited_line, edited_line.index("第二十六条"), "utf-32")
        check(found[0]["range"]["start"]["character"] == col, f"shifted start {found[0]['range']['start']}, expected {col}")

    # --- pull diagnostics ---
    rid = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    m, _ = client.response(rid)
    report_result = m.get("result", {}) if m else {}
    check(report_result.get("kind") == "full" and report_result.get("items") == params["diagnostics"],
          "pulled diagnostics equal the published ones")
    rid = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri},
                                                     "previousResultId": report_result.get("resultId")})
    m, _ = client.response(rid)
    check(m and m["result"].get("kind") == "unchanged", f"unchanged result id, got {m}")

    # --- code action: the safe fix, preferred ---
    target = found[0] if found else {"range": {"start": {"line": DEFECT_LINE, "character": 0},
                                               "end": {"line": DEFECT_LINE, "character": 0}}}
    rid = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": target["range"],
                                                     "context": {"diagnostics": [target], "only": ["quickfix"]}})
    m, _ = client.response(rid)
    actions = m.get("result", []) if m else []
    fixes = [a for a in actions if a["diagnostics"][0]["code"] == "article/wrong-number"]
    if check(len(fixes) == 1, f"one quick fix for wrong-number, got {actions}"):
        a = fixes[0]
        check(a["kind"] == "quickfix" and a.get("isPreferred") is True, "safe fix is preferred")
        edits = a["edit"]["changes"][uri]
        check(len(edits) == 1 and edits[0]["newText"] == "第二十条", f"edit {edits}")
        r = edits[0]["range"]
        start = columns(edited_line, edited_line.index("第二十六条"), "utf-32")
        check(r["start"] == {"line": DEFECT_LINE, "character": start}
              and r["end"] == {"line": DEFECT_LINE, "character": start + 5}, f"edit range {r}")
        # Apply it as an editor would (full-text change), then check the finding is gone.
        lines[DEFECT_LINE] = edited_line.replace("第二十六条", "第二十条", 1)
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                                                 "contentChanges": [{"text": "\n".join(lines)}]})
        client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        params = client.diagnostics(uri)
        check(params and not wrong_number(params["diagnostics"]), "the fix removed the finding")
    rid = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": target["range"],
                                                     "context": {"diagnostics": [], "only": ["refactor"]}})
    m, _ = client.response(rid)
    check(m and m["result"] == [], "no quick fixes when only refactorings are asked for")

    # --- didClose clears the diagnostics ---
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    params = client.diagnostics(uri)
    check(params and params["diagnostics"] == [], "didClose publishes an empty list")

    # --- shutdown / exit ---
    rid = client.request("shutdown")
    m, _ = client.response(rid)
    check(m and "result" in m and m["result"] is None, f"shutdown answers null, got {m}")
    rid = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    m, _ = client.response(rid)
    check(m and m["error"]["code"] == -32600, f"request after shutdown: -32600, got {m}")
    client.notify("exit", {})
    check(client.finish() == 0, "exit after shutdown: status 0")

    run_defaults_and_config(work, uri, text, defect_line, defect_index)


def run_defaults_and_config(work, uri, text, defect_line, defect_index):
    # utf-16 by default; .gklint.yaml next to the report applies; exit without shutdown is status 1.
    with open(os.path.join(work, "reports", ".gklint.yaml"), "w", encoding="utf-8") as f:
        f.write("rules:\n  article/wrong-number: warning\n")
    client = Client(work)
    rid = client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    m, _ = client.response(rid)
    check(m and m["result"]["capabilities"]["positionEncoding"] == "utf-16", "utf-16 when nothing is offered")
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "text", "version": 7,
                                                            "text": text}})
    params = client.diagnostics(uri)
    found = wrong_number(params["diagnostics"]) if params else []
    if check(len(found) == 1, "wrong-number under utf-16"):
        col = columns(defect_line, defect_index, "utf-16")
        check(found[0]["range"]["start"] == {"line": DEFECT_LINE, "character": col}, f"utf-16 start {found[0]['range']}")
        check(found[0]["severity"] == 2, "the workspace .gklint.yaml makes it a warning")
    # An untitled document that is not text gets one error saying why, not a crash.
    client.notify("textDocument/didOpen", {"textDocument": {"uri": "untitled:Untitled-1", "languageId": "text",
                                                            "version": 1, "text": "abc\u0001def"}})
    params = client.diagnostics("untitled:Untitled-1")
    check(params and len(params["diagnostics"]) == 1 and params["diagnostics"][0]["severity"] == 1,
          f"binary text: one error diagnostic, got {params}")
    client.notify("exit", {})
    check(client.finish() == 1, "exit without shutdown: status 1")

    # clangd's offsetEncoding extension (neovim 0.7 and other older clients).
    client = Client(work)
    rid = client.request("initialize", {"processId": None, "capabilities": {"offsetEncoding": ["utf-8", "utf-16"]}})
    m, _ = client.response(rid)
    check(m and m["result"].get("offsetEncoding") == "utf-8"
          and m["result"]["capabilities"]["positionEncoding"] == "utf-8", f"offsetEncoding negotiated: {m}")
    client.proc.stdin.close()  # the client goes away without shutdown
    check(client.finish() == 1, "end of input without shutdown: status 1")


if __name__ == "__main__":
    sys.exit(main())
