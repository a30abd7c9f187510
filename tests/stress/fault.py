"""Fault proof: PostgreSQL stopped for 10 s under the load of load.py, against `make prod`.

    .venv/bin/python tests/stress/fault.py [--duration 60] [--stop-at 15] [--outage 10]

Starts deploy/local-prod.sh, warms the URL mix, logs an editor (the admin account
from var/prod/admin-credentials.txt) in, then runs wrk (64 connections, the
benchmark mix) for --duration seconds. Meanwhile:

- a probe requests an *uncached* page (a section page with a unique query
  string, so the page cache misses and the view reads the database) 4 times a
  second, and /readyz;
- at --stop-at seconds PostgreSQL is stopped (`pg_ctl stop -m fast`, as the
  postgres user) while the editor's first save (headline, dek, body and a tag,
  one change form POST with its CSRF token) is in flight; a second save is
  posted during the outage; after --outage seconds PostgreSQL is started again;
- after recovery the article must be either completely one of the saves or
  completely unchanged (headline, dek, body, tags, version and the latest
  revision agree), and a third save must land completely.

Pass: only 2xx/3xx and 503 during the run, no socket error, no 5xx at all
after recovery (wrk's per-second timeline and the probe), the uncached page
answers 200 again without restarting anything, no save half-landed. Figures go
to var/stress/fault.json. The edited story is put back as it was at the end.
"""

import argparse
import json
import re
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import stack
from load import run_wrk, warm

SNAPSHOT = """
import json
from articles.models import Article
a = Article.objects.get(pk={pk})
rev = a.revisions.order_by("-version", "-pk").first()
print("JSON " + json.dumps({{
    "version": a.version,
    "headline": a.headline,
    "dek": a.dek,
    "body": a.body,
    "tags": sorted(a.tags.names()),
    "url": a.get_absolute_url(),
    "revision_version": rev.version if rev else None,
    "revision_headline": rev.data.get("headline") if rev else None,
    "revision_tags": rev.data.get("tags") if rev else None,
}}))
"""

RESTORE = """
import json
from articles import services
from articles.models import Article, Tag
before = json.loads({before!r})
a = Article.objects.get(pk={pk})
a.headline, a.dek, a.body = before["headline"], before["dek"], before["body"]
services.article_save(article=a, user=None)
a.tags.set(before["tags"])
services.article_record_revision(article=a)
Tag.objects.filter(name__startswith="faultprobe-").delete()
print("JSON " + json.dumps({{"restored_version": a.version}}))
"""


class Probe(threading.Thread):
    """GET a path 4 times a second until stopped; keeps (time, status) pairs."""

    def __init__(self, make_path, interval=0.25):
        super().__init__(daemon=True)
        self.make_path = make_path
        self.interval = interval
        self.results = []
        self.halt = threading.Event()

    def run(self):
        client = stack.Client()
        n = 0
        deadline = time.monotonic() + 600  # bounded even if never told to stop
        while not self.halt.is_set() and time.monotonic() < deadline:
            n += 1
            try:
                status = client.get(self.make_path(n), timeout=10)[0]
            except OSError as error:
                status = f"error: {error}"
            self.results.append((time.time(), status))
            self.halt.wait(self.interval)


class Editor:
    """An editor in the admin: open the change form, save it with a marker."""

    def __init__(self, pk):
        self.pk = pk
        self.client = stack.Client()
        self.path = f"/admin/articles/article/{pk}/change/"

    def login(self):
        if not self.client.login(*stack.admin_password()):
            raise RuntimeError("admin login failed (wrong password or axes lockout?)")

    def open(self):
        status, _, body = self.client.get(self.path)
        if status != 200:
            raise RuntimeError(f"change form answered {status}")
        form = stack.parse_form(body.decode(), "article_form")
        for name in list(form.names()):
            if (
                name.startswith("CHANGE_FORM-")
                or name == "_selected_action"
                or "__prefix__" in name
            ):
                form.remove(name)
        return form

    def save(self, form, marker):
        """POST the form with headline, dek, body and tags all carrying ``marker``."""
        form.set("headline", f"{strip(form.get('headline'))} [{marker}]")
        form.set("dek", f"{strip(form.get('dek'))} [{marker}]")
        form.set("body", f"{strip(form.get('body'))}<p>[{marker}]</p>")
        form.set("tags", f"{form.get('tags')}, faultprobe-{marker.lower()}")
        form.set("_save", "Simpan")
        started = time.time()
        try:
            status, headers, body = self.client.post(self.path, form.pairs(), timeout=30)
        except OSError as error:
            return {"marker": marker, "at": started, "status": f"error: {error}"}
        outcome = {"marker": marker, "at": started, "status": status}
        if status in (301, 302):
            outcome["location"] = headers.get("Location")
        elif status == 503:
            outcome["retry_after"] = headers.get("Retry-After")
            text = re.sub(r"<[^>]+>", " ", body.decode(errors="replace"))
            outcome["message"] = " ".join(text.split())[:240]
        return outcome


def strip(text):
    """The text without the markers of earlier saves."""
    text = re.sub(r"\s*\[FAULT-[A-Z]\]", "", text or "")
    return re.sub(r"<p>\[FAULT-[A-Z]\]</p>", "", text)


def markers(snapshot):
    """The marker each part of the story carries (None: the original text)."""
    found = {}
    for field in ("headline", "dek", "body", "revision_headline"):
        hit = re.findall(r"\[(FAULT-[A-Z])\]", snapshot.get(field) or "")
        found[field] = hit[-1] if hit else None
    for field in ("tags", "revision_tags"):
        hit = [t for t in snapshot.get(field) or [] if t.startswith("faultprobe-")]
        found[field] = hit[-1].removeprefix("faultprobe-").upper() if hit else None
    return found


def consistent(snapshot, before):
    """(ok, detail): one marker (or none) across headline, dek, body, tags and revision."""
    found = markers(snapshot)
    values = set(found.values())
    revision_ok = snapshot["revision_version"] == snapshot["version"] or (
        snapshot["version"] == before["version"]
    )
    return len(values) == 1 and revision_ok, found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--stop-at", type=float, default=15)
    parser.add_argument("--outage", type=float, default=10)
    parser.add_argument("--json", default=str(stack.LOG_DIR / "fault.json"))
    args = parser.parse_args()
    if not (1 <= args.duration <= 600 and 0 < args.stop_at < args.duration):
        parser.error("need 0 < --stop-at < --duration <= 600")

    failures = []
    report = {"args": vars(args)}
    with stack.Stack("fault"):
        client = stack.Client()
        mix = stack.discover(client)
        paths = stack.weave(mix)
        _, bad = warm(client, mix)
        if bad:
            failures.append(f"warm-up: not 200: {bad}")
        section = mix["section"][0]
        pk = json.loads(client.get("/api/v1/articles/?page_size=1")[2])["results"][0]["id"]
        before = stack.manage_json(SNAPSHOT.format(pk=pk))
        report["article"] = {"pk": pk, "url": before["url"], "version_before": before["version"]}
        editor = Editor(pk)
        editor.login()
        form_a = editor.open()
        form_b = editor.open()

        wrk_result = {}
        wrk_thread = threading.Thread(
            target=lambda: wrk_result.update(
                run_wrk(
                    paths,
                    duration=args.duration,
                    connections=args.connections,
                    threads=args.threads,
                )
            ),
            daemon=True,
        )
        uncached = Probe(lambda n: f"{section}?probe={time.time_ns()}-{n}")
        ready = Probe(lambda n: "/readyz")
        started = time.time()
        wrk_thread.start()
        uncached.start()
        ready.start()
        events = {"load_start": started}

        time.sleep(args.stop_at)
        saves = {}
        save_a = threading.Thread(
            target=lambda: saves.update(A=editor.save(form_a, "FAULT-A")), daemon=True
        )
        save_a.start()
        time.sleep(0.05)
        events["pg_stop_issued"] = time.time()
        stack.log("stopping PostgreSQL (pg_ctl stop -m fast) while save A is in flight")
        stopped = stack.pg_stop()
        events["pg_stopped"] = time.time()
        if stopped.returncode != 0:
            failures.append(f"pg_ctl stop failed: {stopped.stderr}")
        save_a.join(timeout=40)
        time.sleep(2)
        stack.log("save B during the outage")
        saves["B"] = editor.save(form_b, "FAULT-B")
        status, headers, _ = editor.client.get("/admin/")
        saves["admin_home_during_outage"] = {
            "status": status,
            "retry_after": headers.get("Retry-After"),
        }
        remaining = args.outage - (time.time() - events["pg_stopped"])
        time.sleep(max(0, remaining))
        stack.log("starting PostgreSQL again")
        events["pg_start_issued"] = time.time()
        restarted = stack.pg_start()
        events["pg_started"] = time.time()
        if restarted.returncode != 0:
            failures.append(f"pg_ctl start failed: {restarted.stderr}")

        # Recovery: the first 200 of the uncached page after the restart.
        deadline = time.time() + 60
        recovered = None
        while time.time() < deadline and recovered is None:
            recovered = next(
                (t for t, s in uncached.results if t >= events["pg_started"] and s == 200), None
            )
            time.sleep(0.1)
        events["recovered"] = recovered
        if recovered is None:
            failures.append("the uncached page never answered 200 after the restart")

        # What the outage left: one save or none, never part of one.
        after_outage = stack.manage_json(SNAPSHOT.format(pk=pk))
        ok, found = consistent(after_outage, before)
        report["after_outage"] = {"version": after_outage["version"], "markers": found}
        if not ok:
            failures.append(f"half-saved story after the outage: {found}")
        landed = {m for m in found.values() if m}
        for name, outcome in saves.items():
            if name in ("A", "B"):
                succeeded = outcome["status"] in (301, 302)
                in_db = f"FAULT-{name}" in landed
                outcome["landed"] = in_db
                if succeeded != in_db:
                    failures.append(f"save {name}: answered {outcome['status']}, landed {in_db}")
                if not succeeded and outcome["status"] != 503:
                    failures.append(f"save {name} failed with {outcome['status']}, not 503")
        if saves["B"]["status"] != 503:
            failures.append(f"save B during the outage answered {saves['B']['status']}, not 503")

        # The editor tries again after recovery: it lands completely.
        stack.log("save C after recovery")
        saves["C"] = editor.save(editor.open(), "FAULT-C")
        after_retry = stack.manage_json(SNAPSHOT.format(pk=pk))
        ok, found = consistent(after_retry, before)
        report["after_retry"] = {"version": after_retry["version"], "markers": found}
        if saves["C"]["status"] != 302 or not ok or set(found.values()) != {"FAULT-C"}:
            failures.append(f"save C after recovery: {saves['C']['status']}, {found}")
        expected_version = after_outage["version"] + 1
        if after_retry["version"] != expected_version:
            failures.append(f"version {after_retry['version']}, expected {expected_version}")
        public = client.get(before["url"])
        public_ok = public[0] == 200 and "[FAULT-C]" in public[2].decode()
        report["public_page_after_retry"] = {"status": public[0], "shows_save_c": public_ok}
        if not public_ok:
            failures.append("the public page does not show save C")

        wrk_thread.join(timeout=args.duration + 90)
        uncached.halt.set()
        ready.halt.set()
        uncached.join(timeout=15)
        ready.join(timeout=15)
        restored = stack.manage_json(RESTORE.format(pk=pk, before=json.dumps(before)))
        report["restored_version"] = restored["restored_version"]

    if not wrk_result:
        failures.append("wrk did not finish")
        wrk_result = {"statuses": {}, "timeline": {}, "socket_errors": {}}
    allowed = {s for s in wrk_result["statuses"] if s.startswith(("2", "3")) or s == "503"}
    if set(wrk_result["statuses"]) - allowed:
        failures.append(f"load: statuses other than 2xx/3xx/503: {wrk_result['statuses']}")
    if sum(wrk_result["socket_errors"].values()):
        failures.append(f"load: socket errors {wrk_result['socket_errors']}")
    recovered_second = int(recovered) if recovered else None
    after_bad = {
        second: counts
        for second, counts in wrk_result["timeline"].items()
        if recovered_second and second > recovered_second and any(s[0] == "5" for s in counts)
    }
    if after_bad:
        failures.append(f"load: 5xx after recovery: {after_bad}")
    probe_after = [s for t, s in uncached.results if recovered and t > recovered]
    if any(s != 200 for s in probe_after):
        failures.append(f"probe: not 200 after recovery: {Counter(probe_after)}")
    probe_statuses = Counter(str(s) for _, s in uncached.results)
    if set(probe_statuses) - {"200", "503"}:
        failures.append(f"probe statuses: {dict(probe_statuses)}")

    rel = {k: round(v - started, 2) if v else None for k, v in events.items()}
    report.update(
        events=rel,
        outage_seconds=round(events["pg_started"] - events["pg_stopped"], 2),
        recovery_seconds=round(recovered - events["pg_started"], 2) if recovered else None,
        load={k: v for k, v in wrk_result.items() if k not in ("wrk_text", "timeline")},
        load_timeline={int(k - int(started)): v for k, v in wrk_result["timeline"].items()},
        probe_uncached=dict(probe_statuses),
        probe_uncached_timeline=[(round(t - started, 2), s) for t, s in uncached.results],
        probe_readyz=dict(Counter(str(s) for _, s in ready.results)),
        saves={
            k: {**v, "at": round(v["at"] - started, 2)} if "at" in v else v
            for k, v in saves.items()
        },
        failures=failures,
    )
    Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False))

    print()
    print(f"Fault: PostgreSQL stopped at +{rel['pg_stopped']} s for {report['outage_seconds']} s")
    print(f"  load: {wrk_result.get('requests')} requests, by status {wrk_result['statuses']}")
    print(f"  load: {wrk_result.get('rps')} req/s, p99 {wrk_result.get('p99_ms')} ms")
    print(f"  socket errors {wrk_result['socket_errors']}")
    print(f"  uncached probe by status {dict(probe_statuses)}, /readyz {report['probe_readyz']}")
    print(f"  recovery: first 200 of an uncached page {report['recovery_seconds']} s after start")
    for name, outcome in report["saves"].items():
        print(f"  save {name}: {outcome}")
    print(f"  story after the outage: {report['after_outage']}")
    print(f"  story after the retry:  {report['after_retry']}")
    print(f"  figures in {args.json}")
    return stack.verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
