"""A minimal Chrome DevTools Protocol client over Chromium's --remote-debugging-pipe (fds 3 and 4,
NUL-separated JSON), Python standard library only: no websocket client, no puppeteer download.

    with Browser() as b:
        page = b.open("file:///tmp/a/index.html")
        page.evaluate("document.title")
        page.console  # messages and exceptions seen so far
"""
import json
import os
import shutil
import subprocess
import tempfile
import time


class CdpError(RuntimeError):
    pass


class Browser:
    def __init__(self, executable=None, timeout=30.0):
        self.executable = executable or shutil.which("chromium") or shutil.which("chromium-browser")
        if not self.executable:
            raise CdpError("chromium not found (Debian package chromium)")
        self.timeout = timeout
        self._next_id = 0
        self._buffer = b""
        self.events = []

    def __enter__(self):
        self._profile = tempfile.mkdtemp(prefix="gklint-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The browser reads commands on fd 3 and writes replies on fd 4.
        def child_fds():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)
        self._proc = subprocess.Popen(
            [self.executable, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + self._profile,
             "about:blank"],
            # 3 and 4 are kept open in the child too (the fds are closed after preexec_fn runs).
            pass_fds=sorted({to_browser_r, from_browser_w, 3, 4}), preexec_fn=child_fds,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        return self

    def __exit__(self, *exc):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        os.close(self._to_browser)
        os.close(self._from_browser)
        shutil.rmtree(self._profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise CdpError("no reply from chromium in %.0f s" % self.timeout)
            chunk = os.read(self._from_browser, 65536)
            if not chunk:
                raise CdpError("chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self._next_id += 1
        request = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            request["sessionId"] = session
        os.write(self._to_browser, json.dumps(request).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise CdpError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Runtime.enable")
        page.send("Page.enable")
        page.send("Page.navigate", {"url": url})
        page.wait_for("Page.loadEventFired")
        return page


class Page:
    def __init__(self, browser, session):
        self.browser, self.session = browser, session

    def send(self, method, params=None):
        return self.browser.send(method, params, self.session)

    def wait_for(self, event, timeout=None):
        deadline = time.monotonic() + (timeout or self.browser.timeout)
        for e in self.browser.events:
            if e.get("method") == event and e.get("sessionId") == self.session:
                return e
        while True:
            message = self.browser._read_message(deadline)
            self.browser.events.append(message)
            if message.get("method") == event and message.get("sessionId") == self.session:
                return message

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise CdpError("%s: %s" % (expression, result["exceptionDetails"].get("text")))
        return result["result"].get("value")

    @property
    def console(self):
        """Console calls and uncaught exceptions of this page so far."""
        return [e for e in self.browser.events if e.get("sessionId") == self.session and
                e.get("method") in ("Runtime.consoleAPICalled", "Runtime.exceptionThrown")]
