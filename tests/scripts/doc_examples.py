#!/usr/bin/env python3
"""The examples of the user guides are the real output of the commands they show.

Every ```console block of the checked pages holds commands ("$ " lines) each followed by what
it prints. A block opened as ```yaml file=PATH is a file the reader writes: it is written to
PATH (in the scratch folder) before the commands that follow it run. The commands of one page run in order, with bash, in a scratch folder holding a copy
of examples/ (so --fix and gklint init change nothing in the repository), with the gklint under
test first on PATH, no user settings, no colour and no locale (gklint's default language:
Chinese). The scratch folder's path is shown as /home/办公室/年报, the build tree's data folders as the
package installs them (/usr/share/gklint/…). A page whose shown output
differs from the real one fails; --update writes the real output into the pages instead.

    doc_examples.py --gklint build/bin/gklint --source . [--update] [PAGE ...]
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHOWN_FOLDER = "/home/办公室/年报"
DEFAULT_PAGES = ["README.zh.md", "docs/zh/*.md", "docs/ci/README.md"]
BLOCK = re.compile(r"^```(console|yaml file=(\S+))\n(.*?)^```\n", re.M | re.S)


def commands_of(block):
    """[(command, shown output)] of one console block."""
    steps = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            steps.append([line[2:].rstrip("\n"), ""])
        elif steps:
            steps[-1][1] += line
        elif line.strip():
            raise ValueError(f"console block starts with output, not a command: {line!r}")
    return steps


def sanitizer_options():
    """A sanitizer build's settings (scripts/test.sh) pass through; nothing else of the caller's."""
    return {k: v for k, v in os.environ.items() if k in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS")}


def installed_paths(gklint, source):
    """The build tree's data folders, shown as where the package installs them."""
    prefix = gklint.parent.parent
    shown = {str(prefix / "share/gklint"): "/usr/share/gklint"}
    for data in ("docs", "rules", "config"):
        shown[str(source / data)] = f"/usr/share/gklint/{data}"
    return shown


def run(command, folder, env, shown_paths):
    result = subprocess.run(["bash", "-c", command], cwd=folder, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, timeout=120)
    text = result.stdout.decode("utf-8", errors="replace").replace(str(folder), SHOWN_FOLDER)
    for real, shown in shown_paths.items():
        text = text.replace(real, shown)
    if text and not text.endswith("\n"):
        text += "\n"
    return text


def check_page(page, gklint, source, update):
    text = page.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="gklint-doc-") as scratch:
        folder = Path(scratch) / "work"
        folder.mkdir()
        shutil.copytree(source / "examples", folder / "examples")
        bin_dir = Path(scratch) / "bin"
        bin_dir.mkdir()
        (bin_dir / "gklint").symlink_to(gklint)
        env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(Path(scratch) / "home"), "NO_COLOR": "1"}
        env.update(sanitizer_options())
        failures = []

        def replace(match):
            if match.group(2):
                target = folder / match.group(2)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(match.group(3), encoding="utf-8")
                return match.group(0)
            steps = commands_of(match.group(3))
            block = ""
            for command, shown in steps:
                actual = run(command, folder, env, installed_paths(gklint, source))
                if actual != shown:
                    diff = "".join(difflib.unified_diff(shown.splitlines(True), actual.splitlines(True),
                                                        "shown", "actual"))
                    failures.append(f"{page}: `{command}` prints something else:\n{diff}")
                block += f"$ {command}\n{actual}"
            return f"```console\n{block}```\n"

        updated = BLOCK.sub(replace, text)
    if update and updated != text:
        page.write_text(updated, encoding="utf-8")
        print(f"updated {page}")
        return []
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gklint", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("pages", nargs="*")
    args = parser.parse_args()
    source = Path(args.source).resolve()
    gklint = Path(args.gklint).resolve()
    pages = [Path(p) for p in args.pages] or sorted(
        path for pattern in DEFAULT_PAGES for path in source.glob(pattern))
    if not pages:
        sys.exit("doc_examples: no pages to check")
    failures = []
    for page in pages:
        failures += check_page(page, gklint, source, args.update)
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print(f"doc_examples: {len(failures)} example(s) out of date; run with --update and review the diff",
              file=sys.stderr)
        sys.exit(1)
    print(f"doc_examples: {len(pages)} pages, every example is real output")


if __name__ == "__main__":
    main()
