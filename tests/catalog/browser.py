"""A real headless Chromium driven over the DevTools protocol (websocket-client), for tests.

    with Chromium() as page:
        page.open(Path("report.html").as_uri())
        page.problems      # console errors, uncaught exceptions, blocked or failed loads
        page.screenshot()  # PNG bytes; clip= a DOM rect to shoot one element

Debian's `chromium` package (.ci/install-chromium.sh) is the browser.
"""
from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
STARTUP_SECONDS = 30
LOAD_SECONDS = 30


class Chromium:
    def __init__(self) -> None:
        if BROWSER is None:
            raise RuntimeError("chromium is not installed (run .ci/install-chromium.sh)")
        # Chromium's helper processes may still write to the profile while it is removed: a
        # leftover file in a temporary folder is no test failure
        self._profile = tempfile.TemporaryDirectory(prefix="datamap-chromium-", ignore_cleanup_errors=True)
        self._process: subprocess.Popen[bytes] | None = None
        self._socket: websocket.WebSocket | None = None
        self._ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []

    def __enter__(self) -> Chromium:
        self._process = subprocess.Popen(
            [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--remote-debugging-port=0", f"--user-data-dir={self._profile.name}", "--window-size=1280,2000",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._wait_for_port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            pages = [t for t in json.load(answer) if t["type"] == "page"]
        self._socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=LOAD_SECONDS,
                                                   suppress_origin=True)
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._socket is not None:
            self._socket.close()
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._profile.cleanup()

    def _wait_for_port(self) -> int:
        # Chromium writes the port it chose to DevToolsActivePort in the profile
        marker = Path(self._profile.name) / "DevToolsActivePort"
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if marker.exists() and marker.read_text().strip():
                return int(marker.read_text().splitlines()[0])
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"chromium exited with code {self._process.returncode}")
            time.sleep(0.1)
        raise RuntimeError("chromium did not open its DevTools port")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer; events received meanwhile are kept."""
        assert self._socket is not None
        message_id = next(self._ids)
        self._socket.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._socket.recv())
            if message.get("id") == message_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def _wait_for_event(self, method: str) -> dict[str, Any]:
        assert self._socket is not None
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            message = json.loads(self._socket.recv())
            self.events.append(message)
            if message.get("method") == method:
                return message

    def open(self, url: str) -> None:
        """Navigate and wait for the load event (and a moment for late console messages)."""
        self.events.clear()
        self.call("Page.navigate", url=url)
        self._wait_for_event("Page.loadEventFired")
        self.call("Runtime.evaluate", expression="1", awaitPromise=True)  # flush queued events

    @property
    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, failed or blocked network loads."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails'].get('text')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append(f"log {params['entry']['source']}: {params['entry']['text']}")
            elif method == "Network.loadingFailed":
                found.append(f"load failed: {params.get('errorText')} {params.get('blockedReason', '')}")
        return found

    @property
    def requested_urls(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def screenshot(self, clip: dict[str, float] | None = None) -> bytes:
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": True}
        if clip is not None:
            params["clip"] = {**clip, "scale": 1}
        return base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])
