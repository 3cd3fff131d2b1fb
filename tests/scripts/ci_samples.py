#!/usr/bin/env python3
"""The sample pipelines of docs/ci/ run here as they would in CI.

The GitLab jobs' `script` lines and the GitHub workflow's `run` steps run with bash, in order,
in a scratch folder whose reports/ holds the sample reports (examples/), with the gklint under
test on PATH (the steps that install the .deb are left out: that is the package test's job)
and a stand-in reviewdog that checks what it is fed is one rdjson diagnostic per line. Every
step must succeed except the gate (the command with --min-severity error), which must fail with
exit 1 because the samples have errors, and succeed on a report without errors. The files the pipelines
hand on are checked: the JUnit report, the SARIF log.

    ci_samples.py GKLINT_BINARY SOURCE_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

FAKE_REVIEWDOG = """#!/usr/bin/env python3
import json, sys
lines = [line for line in sys.stdin if line.strip()]
assert lines, "reviewdog got nothing"
for line in lines:
    d = json.loads(line)
    assert d["source"]["name"] == "gklint" and d["location"]["range"]["start"]["line"] >= 1, line
    assert d["code"]["value"] and d["severity"] in ("ERROR", "WARNING", "INFO"), line
with open("reviewdog-input.count", "w") as out:
    out.write(str(len(lines)))
"""


def fail(message):
    sys.exit(f"ci_samples: {message}")


def installs_gklint(command):
    return "apt-get" in command or "install.sh" in command


def gitlab_commands(path):
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    commands = []
    for name, job in config.items():
        if isinstance(job, dict) and "script" in job:
            commands += [(f"{name}: {line}", line) for line in job["script"]]
    return commands


def github_commands(path):
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    commands = []
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            if "run" in step and not installs_gklint(step["run"]):
                commands.append((f"{name}: {step.get('name', step['run'])}", step["run"]))
    return commands


def run_pipeline(label, commands, reports, gklint, scratch):
    """Runs (name, command) pairs; returns the folder and [(name, exit code, output)]."""
    folder = scratch / label
    shutil.copytree(reports, folder / "reports")
    bin_dir = scratch / f"{label}-bin"
    bin_dir.mkdir()
    (bin_dir / "gklint").symlink_to(gklint)
    (bin_dir / "reviewdog").write_text(FAKE_REVIEWDOG)
    (bin_dir / "reviewdog").chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(scratch / "home"), "NO_COLOR": "1"}
    env.update({k: v for k, v in os.environ.items() if k in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS")})
    codes = []
    for name, command in commands:
        result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", command], cwd=folder, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        codes.append((name, result.returncode, result.stdout.decode("utf-8", "replace")))
    return folder, codes


def main():
    gklint = Path(sys.argv[1]).resolve()
    source = Path(sys.argv[2]).resolve()
    pipelines = {
        "gitlab": gitlab_commands(source / "docs/ci/gitlab-ci.yml"),
        "github": github_commands(source / "docs/ci/github-workflow.yml"),
    }
    with tempfile.TemporaryDirectory(prefix="gklint-ci-") as tmp:
        scratch = Path(tmp)
        clean = scratch / "clean-reports"
        clean.mkdir()
        shutil.copy(source / "tests/fixtures/cross-year/00000_2021.txt", clean)  # no error
        for label, commands in pipelines.items():
            if len(commands) < 2:
                fail(f"{label}: found only {len(commands)} commands")
            gates = [i for i, (_, command) in enumerate(commands) if "--min-severity error" in command]
            if len(gates) != 1:
                fail(f"{label}: expected one gate step (--min-severity error), found {len(gates)}")
            folder, codes = run_pipeline(label, commands, source / "examples", gklint, scratch)
            for i, (name, code, output) in enumerate(codes):
                if i == gates[0]:
                    if code != 1 or "error:" not in output:
                        fail(f"{label}: the gate '{name}' should fail with 1 on the samples, got {code}")
                elif code != 0:
                    fail(f"{label}: step '{name}' failed with {code}:\n{output}")
            if label == "gitlab":
                suites = ET.parse(folder / "gklint-junit.xml").getroot()
                if suites.tag != "testsuites" or int(suites.get("failures", "0")) <= 0:
                    fail("gitlab: the JUnit report has no failures")
            else:
                log = json.loads((folder / "gklint.sarif").read_text(encoding="utf-8"))
                if log["version"] != "2.1.0" or not log["runs"][0]["results"]:
                    fail("github: the SARIF log has no results")
            if label == "gitlab" or any("reviewdog" in c for _, c in commands):
                count = folder / "reviewdog-input.count"
                if not count.exists() or int(count.read_text()) <= 0:
                    fail(f"{label}: reviewdog was not fed")
            # The gate passes on reports without errors.
            _, clean_codes = run_pipeline(f"{label}-clean", [commands[gates[0]]], clean, gklint, scratch)
            if clean_codes[0][1] != 0:
                fail(f"{label}: the last step fails on a folder without errors:\n{clean_codes[0][2]}")
            print(f"ci_samples: {label}: {len(commands)} commands run as in CI")


if __name__ == "__main__":
    main()
