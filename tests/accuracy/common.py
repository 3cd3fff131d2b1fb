"""Shared helpers of the accuracy harness: running gklint and reading its JSON output."""
import json
import os
import subprocess


def run_json(cmd, cwd=None):
    """Runs cmd and returns its parsed JSON standard output. Exit status 0 and 1 are normal for lint
    runs (1 = errors found); anything else, or output that is not JSON, is a harness failure."""
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True)
    if proc.returncode not in (0, 1):
        raise SystemExit("accuracy: %s exited %d: %s" % (" ".join(cmd), proc.returncode,
                                                          proc.stderr.decode("utf-8", "replace")[:2000]))
    try:
        return json.loads(proc.stdout.decode("utf-8"))
    except ValueError as e:
        raise SystemExit("accuracy: %s printed no JSON (%s): %s" % (" ".join(cmd), e,
                                                                     proc.stdout[:500].decode("utf-8", "replace")))


def implemented_rules(gklint):
    """Ids and severities of the rules the binary knows (built-in packs and bundled plugins)."""
    return {r["id"]: r["severity"] for r in run_json([gklint, "rules", "--format", "json"])}


def lint(gklint, paths, cwd=None):
    """Lints paths in one process; returns {path as printed: [diagnostics]}."""
    out = run_json([gklint, "--format", "json", "--color", "never"] + list(paths), cwd=cwd)
    return {f["path"]: f["diagnostics"] for f in out["files"]}


def lines_of(range_):
    return range_["start"]["line"], range_["end"]["line"]


def covers(diag, line, use_notes=True):
    """'primary' when the diagnostic's range spans line, 'note' when one of its notes does, else None."""
    a, b = lines_of(diag["range"])
    if a <= line <= b:
        return "primary"
    if use_notes:
        for n in diag.get("notes") or []:
            if n.get("range"):
                a, b = lines_of(n["range"])
                if a <= line <= b:
                    return "note"
    return None


def short(diag):
    a, b = lines_of(diag["range"])
    where = "L%d" % a if a == b else "L%d-%d" % (a, b)
    msg = diag["message"].replace("\n", " ")
    if len(msg) > 70:
        msg = msg[:70] + "…"
    return "%s %s %s: %s" % (where, diag["severity"], diag["ruleId"], msg)


def source_root():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
