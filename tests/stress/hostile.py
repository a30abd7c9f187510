"""Hostile-input proof against `make prod`: payloads, a real browser, sqlmap and wapiti.

    .venv/bin/python tests/stress/hostile.py [--skip-sqlmap] [--skip-wapiti] [--scan-time 420]

Starts deploy/local-prod.sh with the per-address rate limits lifted
(SEARCH_THROTTLE_RATE and API_THROTTLE_RATE: every request here comes from
127.0.0.1, and a scanner that only sees 429 proves nothing), then:

1. public parameters: every payload of tests/stress/payloads.py (XSS, SQL
   injection, path traversal) into the search query, the sebelum/sesudah
   cursors of list pages, slugs in every path, the feeds' paths, and the API's
   filters, cursor and page size — no 5xx;
2. admin: the article add form posted by the admin once per payload with the
   payload in every text field (headline, slug, dek, dateline, body, image alt
   and caption, SEO and social fields, tags) — no 5xx; then one story per XSS
   payload saved with a valid slug and published (through the admin form and
   articles.services.article_publish in `manage.py shell`);
3. headless Chromium (Debian's chromium and chromedriver, loopback only) opens
   each such story and the search page for each XSS payload: window.__pwned
   must stay undefined, no alert may open, the headline (h1), dek and search
   box must show the payload as text;
4. sqlmap --level 3 with -p against search and list parameters, and wapiti3
   (from its own venv: WAPITI=/tmp/wapiti-venv/bin/wapiti by default) over the
   public site with an explicit module list (no ssrf, no xxe), its endpoints
   on loopback, bounded by --max-scan-time.

The stories and tags it made are deleted at the end. Exit status 0 only when
nothing failed. Results: var/stress/hostile.json, scanner output under
var/stress/sqlmap/ and var/stress/wapiti/.
"""

import argparse
import concurrent.futures
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

import payloads
import stack

SQLMAP = shutil.which("sqlmap") or "/usr/bin/sqlmap"
# wapiti3 lives in a venv of its own, never in .venv (see docs/reliability.md).
WAPITI = os.environ.get("WAPITI", "/tmp/wapiti-venv/bin/wapiti")  # noqa: S108  (a path, not a temp file)
WAPITI_MODULES = "exec,file,sql,xss,crlf,redirect,permanentxss,timesql,methods"
UNLIMITED = {"SEARCH_THROTTLE_RATE": "1000000/minute", "API_THROTTLE_RATE": "1000000/minute"}
TEXT_FIELDS = [
    "headline",
    "slug",
    "dek",
    "dateline_city",
    "body",
    "featured_image_alt",
    "featured_image_caption",
    "seo_title",
    "social_title",
    "social_description",
    "tags",
]
_local = threading.local()


def q(value):
    return urllib.parse.quote(value, safe="")


def public_targets(mix, all_payloads):
    section = mix["section"][0]
    tag = mix["tag"][0]
    article = mix["article"][0]
    date = article.rsplit("/", 2)[0] + "/"
    templates = [
        "/cari/?q={}",
        "/cari/?q=banjir&sebelum={}",
        "/en/cari/?q={}",
        section + "?sebelum={}",
        section + "?sesudah={}",
        tag + "?sebelum={}",
        "/indeks/?sebelum={}",
        "/ralat/?sesudah={}",
        "/?sebelum={}",
        "/rubrik/{}/",
        "/topik/{}/",
        "/penulis/{}/",
        "/sumber/{}/",
        "/halaman/{}/",
        date + "{}/",
        "/preview/share/{}/",
        "/feed/rubrik/{}/",
        "/feed/topik/{}/",
        "/feed/penulis/{}/",
        "/feed/sumber/{}/atom/",
        "/feed/{}",
        "/sitemap-{}.xml",
        "/api/v1/articles/?section={}",
        "/api/v1/articles/?tag={}",
        "/api/v1/articles/?author={}",
        "/api/v1/articles/?source={}",
        "/api/v1/articles/?cursor={}",
        "/api/v1/articles/?from={}",
        "/api/v1/articles/?to={}",
        "/api/v1/articles/?updated_since={}",
        "/api/v1/articles/?page_size={}",
        "/api/v1/tags/?cursor={}",
        "/api/v1/sections/{}/",
        "/api/v1/tags/{}/",
        "/api/v1/{}",
        "/media/renditions/{}",
        "/static/{}",
    ]
    return [t.format(q(p)) for p in all_payloads for t in templates]


def fetch(path):
    client = getattr(_local, "client", None)
    if client is None:
        client = _local.client = stack.Client()
    try:
        return path, client.get(path, timeout=60)[0]
    except OSError as error:
        return path, f"error: {error}"


def fuzz_public(mix):
    everything = [p for group in payloads.ALL.values() for p in group]
    targets = public_targets(mix, everything)
    stack.log(f"public parameters: {len(targets)} requests")
    statuses = Counter()
    bad = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        for path, status in pool.map(fetch, targets):
            statuses[str(status)] += 1
            if not isinstance(status, int) or status >= 500:
                bad.append((path, status))
    return {"requests": len(targets), "statuses": dict(sorted(statuses.items())), "bad": bad}


class Admin:
    ADD = "/admin/articles/article/add/"

    def __init__(self, section, author):
        # Autocomplete fields: their options come by fetch, so the ids are given.
        self.section, self.author = str(section), str(author)
        self.client = stack.Client()
        if not self.client.login(*stack.admin_password()):
            raise RuntimeError("admin login failed")

    def add(self, values):
        status, _, body = self.client.get(self.ADD)
        if status != 200:
            return status, None
        form = stack.parse_form(body.decode(), "article_form")
        for name in list(form.names()):
            if (
                name.startswith("CHANGE_FORM-")
                or name == "_selected_action"
                or "__prefix__" in name
            ):
                form.remove(name)
        form.set("section", self.section)
        # One byline (required): the first row of the inline, the empty second row dropped.
        form.set("article_authors-0-author", self.author)
        form.set("article_authors-TOTAL_FORMS", "1")
        for name in list(form.names()):
            if name.startswith("article_authors-1-"):
                form.remove(name)
        for name, value in values.items():
            form.set(name, value)
        form.set("_save", "Simpan")
        status, _, body = self.client.post(self.ADD, form.pairs(), timeout=60)
        errors = re.findall(r'class="errorlist[^"]*"[^>]*>\s*<li>([^<]*)', body.decode())
        return status, errors


def fuzz_admin(admin):
    statuses = Counter()
    bad = []
    everything = [(k, p) for k, group in payloads.ALL.items() for p in group]
    stack.log(f"admin add form: {len(everything)} posts, every text field")
    for kind, payload in everything:
        status, _ = admin.add(dict.fromkeys(TEXT_FIELDS, payload))
        statuses[str(status)] += 1
        if status >= 500:
            bad.append((kind, payload, status))
    return {"posts": len(everything), "statuses": dict(sorted(statuses.items())), "bad": bad}


def store_xss_stories(admin):
    """One published story per XSS payload: headline, dek and the other text fields."""
    made = []
    problems = []
    for n, payload in enumerate(payloads.XSS):
        values = {
            "headline": payload[:200],
            "slug": f"stress-xss-{n}",
            "dek": payload[:400],
            "dateline_city": payload[:80],
            "body": f"<p>{payload}</p>",
            "seo_title": payload[:70],
            "social_title": payload[:120],
            "social_description": payload[:300],
        }
        status, errors = admin.add(values)
        if status != 302:
            problems.append({"payload": payload, "status": status, "errors": errors})
        made.append((n, payload))
    published = stack.manage_json(
        """
import json
from django.contrib.auth import get_user_model
from articles import services
from articles.models import Article
admin = get_user_model().objects.get(username="admin")
out = {}
for a in Article.objects.filter(slug__startswith="stress-xss-"):
    if a.status != "published":
        services.article_publish(article=a, user=admin)
    a.refresh_from_db()
    out[a.slug] = {"url": a.get_absolute_url(), "headline": a.headline, "dek": a.dek}
print("JSON " + json.dumps(out))
"""
    )
    return published, problems


def browser(stories):
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException, UnexpectedAlertPresentException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        # The self-signed certificate of the local stack; nothing else is reachable.
        "--ignore-certificate-errors",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ):
        options.add_argument(flag)
    options.set_capability("unhandledPromptBehavior", "ignore")
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    # Any dialog marks the page as pwned too (set before any page script runs).
    driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {
            "source": "for (const f of ['alert','confirm','prompt']) "
            "{ window[f] = () => { window.__dialog = f; }; }"
        },
    )
    checks = []

    def visit(label, path, expect):
        row = {"label": label, "path": path}
        try:
            driver.get(stack.BASE + path)
            time.sleep(0.2)  # onload/onerror/animation handlers
            row["pwned"] = driver.execute_script("return window.__pwned !== undefined")
            row["dialog"] = driver.execute_script("return window.__dialog || null")
            try:
                driver.switch_to.alert.dismiss()
                row["dialog"] = "native alert"
            except NoAlertPresentException:
                pass
            row["shown_as_text"] = expect(driver, By)
        except UnexpectedAlertPresentException:
            row["dialog"] = "native alert"
        row["ok"] = not row.get("pwned") and not row.get("dialog") and row.get("shown_as_text")
        checks.append(row)

    def norm(text):
        return " ".join((text or "").split())

    try:
        for slug, story in sorted(stories.items()):

            def story_shows(driver, by, story=story):
                h1 = norm(driver.find_element(by.TAG_NAME, "h1").text)
                page = norm(driver.execute_script("return document.body.innerText"))
                return h1 == norm(story["headline"]) and norm(story["dek"]) in page

            visit(f"story {slug}", story["url"], story_shows)
        for n, payload in enumerate(payloads.XSS):

            def search_shows(driver, by, payload=payload):
                box = driver.find_element(by.CSS_SELECTOR, "#search-q")
                return norm(box.get_attribute("value")) == norm(payload)

            visit(f"search xss {n}", "/cari/?q=" + q(payload), search_shows)
    finally:
        driver.quit()
    return checks


def run_tool(command, log_path, timeout):
    stack.log("$ " + " ".join(command))
    started = time.monotonic()
    with open(log_path, "w") as out:
        try:
            result = subprocess.run(  # noqa: S603  (scanner against 127.0.0.1, fixed argv)
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                timeout=timeout,
                check=False,
            )
            code = result.returncode
        except subprocess.TimeoutExpired:
            code = "timeout"
    return code, round(time.monotonic() - started), Path(log_path).read_text(errors="replace")


def valid_cursors(client):
    """Real cursors from the running site, so sqlmap's baseline request is a 200, not a 400."""
    articles = json.loads(client.get("/api/v1/articles/?section=nasional&page_size=1")[2])
    tags = json.loads(client.get("/api/v1/tags/?page_size=5")[2])
    older = re.search(r'href="\?sebelum=([^"&]+)"', client.get("/rubrik/nasional/")[2].decode())

    def cursor(link):
        return urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)["cursor"][0]

    return {
        "article": cursor(articles["next"]),
        "tag": cursor(tags["next"]),
        "sebelum": older[1] if older else "1794273300000000.11",
    }


def sqlmap(out_dir, per_run_timeout, cursors):
    article, tag, older = cursors["article"], cursors["tag"], cursors["sebelum"]
    runs = [
        ("search", "/cari/?q=banjir", "q"),
        (
            "api-articles-filters",
            "/api/v1/articles/?section=nasional&tag=kemendagri",
            "section,tag",
        ),
        (
            "api-articles-cursor",
            f"/api/v1/articles/?section=nasional&page_size=1&cursor={article}",
            "cursor,page_size",
        ),
        ("api-tags-cursor", f"/api/v1/tags/?page_size=5&cursor={tag}", "cursor,page_size"),
        ("section-cursor", f"/rubrik/nasional/?sebelum={older}", "sebelum"),
    ]
    results = []
    for label, path, params in runs:
        command = [SQLMAP, "-u", stack.BASE + path, "-p", params, "--level", "3", "--risk", "1"]
        command += ["--batch", "--flush-session", "--disable-coloring", "--threads", "4"]
        command += ["--timeout", "15", "--retries", "1", "--time-sec", "3"]
        command += ["--output-dir", str(out_dir), "--answers", "follow=N"]
        code, seconds, text = run_tool(command, out_dir / f"{label}.log", per_run_timeout)
        # sqlmap's verdict: an injection point it confirmed (after its false-positive check).
        found = re.findall(
            r"(?im)^.*(?:identified the following injection point|is vulnerable).*$", text
        )
        # Candidates it then rejected itself as false positives are kept for the report.
        candidates = re.findall(r"(?im)^.*appears to be .*injectable.*$", text)
        clean = re.findall(
            r"(?im)^.*(?:do not appear to be injectable|does not seem to be injectable).*$", text
        )
        results.append(
            {
                "label": label,
                "command": " ".join(command),
                "exit": code,
                "seconds": seconds,
                "findings": found,
                "rejected_candidates": candidates,
                "not_injectable": clean,
                "complete": code == 0 and "ending @" in text,
            }
        )
    return results


class _Endpoint(http.server.BaseHTTPRequestHandler):
    """Stands in for wapiti's out-of-band endpoints (it checks they answer): 200, empty."""

    def _answer(self):
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_HEAD = _answer

    def log_message(self, *args):
        pass


def wapiti(out_dir, scan_time):
    endpoint = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Endpoint)
    threading.Thread(target=endpoint.serve_forever, daemon=True).start()
    try:
        return _wapiti(out_dir, scan_time, f"http://127.0.0.1:{endpoint.server_port}/")
    finally:
        endpoint.shutdown()
        endpoint.server_close()


def _wapiti(out_dir, scan_time, endpoint):
    report = out_dir / "report.json"
    if report.exists():
        report.unlink()
    command = [WAPITI, "-u", stack.BASE + "/", "--scope", "folder", "-m", WAPITI_MODULES]
    command += ["--no-bugreport", "--max-scan-time", str(scan_time), "--max-attack-time", "120"]
    command += ["-d", "3", "--max-links-per-page", "30", "--max-files-per-dir", "30"]
    command += ["--flush-session", "--store-session", str(out_dir / "session")]
    command += ["--verify-ssl", "0", "--tasks", "4", "-t", "15"]
    # Out-of-band endpoints on loopback (a stub in this process): no traffic leaves the machine.
    command += ["--external-endpoint", endpoint, "--internal-endpoint", endpoint]
    command += ["--dns-endpoint", "127.0.0.1"]
    for excluded in ("/admin/*", "/b/*", "/preview/*"):
        command += ["-x", stack.BASE + excluded]
    command += ["-f", "json", "-o", str(report), "--color", "-v", "1"]
    command.remove("--color")
    code, seconds, text = run_tool(command, out_dir / "wapiti.log", scan_time + 300)
    findings = {}
    anomalies = {}
    if report.exists():
        data = json.loads(report.read_text())
        findings = {k: v for k, v in data.get("vulnerabilities", {}).items() if v}
        anomalies = {k: v for k, v in data.get("anomalies", {}).items() if v}
        infos = data.get("infos", {})
    else:
        infos = {}
    return {
        "command": " ".join(command),
        "exit": code,
        "seconds": seconds,
        "vulnerabilities": findings,
        "anomalies": anomalies,
        "crawled": infos.get("crawled_pages_nbr"),
        "report": report.exists(),
        "tail": text[-3000:],
    }


SNAPSHOT_IDS = """
import json
from django.db.models import Max
from articles.models import Article, Author, Section, Tag
print("JSON " + json.dumps({
    "article": Article.objects.aggregate(m=Max("pk"))["m"] or 0,
    "tag": Tag.objects.aggregate(m=Max("pk"))["m"] or 0,
    "section": Section.objects.order_by("pk").values_list("pk", flat=True).first(),
    "author": Author.objects.order_by("pk").values_list("pk", flat=True).first(),
}))
"""

CLEANUP = """
import json
from articles.models import Article, Tag
before = json.loads({before!r})
stories = Article.objects.filter(pk__gt=before["article"])
n = stories.count()
stories.delete()
tags = Tag.objects.filter(pk__gt=before["tag"])
t = tags.count()
tags.delete()
print("JSON " + json.dumps({{"stories_deleted": n, "tags_deleted": t}}))
"""


def payload_checks(args, report, failures, mix, before):
    """Phases 1–3: payloads into public parameters and the admin form, then Chromium."""
    report["public"] = fuzz_public(mix)
    failures += [f"public 5xx/error: {b}" for b in report["public"]["bad"]]

    admin = Admin(before["section"], before["author"])
    report["admin"] = fuzz_admin(admin)
    failures += [f"admin 5xx: {b}" for b in report["admin"]["bad"]]
    stories, problems = store_xss_stories(admin)
    report["stored"] = {"stories": len(stories), "not_saved": problems}
    if len(stories) < len(payloads.XSS) // 2:
        failures.append(f"only {len(stories)} XSS stories could be saved: {problems}")
    # The stories' public pages, their sections and tags, the home page: no 5xx.
    pages = [s["url"] for s in stories.values()] + ["/", "/feed/", "/sitemap.xml"]
    statuses = Counter(str(fetch(p)[1]) for p in pages)
    report["stored"]["public_statuses"] = dict(statuses)
    if set(statuses) - {"200"}:
        failures.append(f"pages with stored payloads: {dict(statuses)}")

    if not args.skip_browser:
        stack.log(f"Chromium: {len(stories)} stories, {len(payloads.XSS)} searches")
        checks = browser(stories)
        bad = [c for c in checks if not c["ok"]]
        report["browser"] = {
            "pages": len(checks),
            "executed": [c for c in checks if c.get("pwned") or c.get("dialog")],
            "not_shown_as_text": [c for c in checks if not c.get("shown_as_text")],
        }
        failures += [f"browser: {c}" for c in bad]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-sqlmap", action="store_true")
    parser.add_argument("--skip-wapiti", action="store_true")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument(
        "--only-scanners", action="store_true", help="skip the payload lists and the browser"
    )
    parser.add_argument("--scan-time", type=int, default=420, help="wapiti --max-scan-time")
    parser.add_argument("--sqlmap-timeout", type=int, default=420, help="per sqlmap run")
    args = parser.parse_args()
    out = stack.LOG_DIR
    (out / "sqlmap").mkdir(parents=True, exist_ok=True)
    (out / "wapiti").mkdir(parents=True, exist_ok=True)
    failures = []
    report = {"payloads": {k: len(v) for k, v in payloads.ALL.items()}}

    with stack.Stack("hostile", env=UNLIMITED):
        before = stack.manage_json(SNAPSHOT_IDS)
        try:
            client = stack.Client()
            mix = stack.discover(client)
            if not args.only_scanners:
                payload_checks(args, report, failures, mix, before)
            if not args.skip_sqlmap:
                cursors = valid_cursors(client)
                report["sqlmap"] = sqlmap(out / "sqlmap", args.sqlmap_timeout, cursors)
                for run in report["sqlmap"]:
                    if run["findings"]:
                        failures.append(f"sqlmap {run['label']}: {run['findings']}")
                    if not run["complete"]:
                        failures.append(f"sqlmap {run['label']} did not finish: {run['exit']}")
            if not args.skip_wapiti:
                if not Path(WAPITI).exists():
                    failures.append(f"wapiti not found at {WAPITI} (see docs/reliability.md)")
                else:
                    report["wapiti"] = wapiti(out / "wapiti", args.scan_time)
                    if report["wapiti"]["exit"] != 0 or not report["wapiti"]["report"]:
                        failures.append(f"wapiti did not complete: {report['wapiti']['tail']}")
                    if report["wapiti"]["vulnerabilities"]:
                        failures.append(f"wapiti: {report['wapiti']['vulnerabilities']}")
                    if report["wapiti"]["anomalies"]:
                        failures.append(f"wapiti anomalies: {report['wapiti']['anomalies']}")
        finally:
            report["cleanup"] = stack.manage_json(CLEANUP.format(before=json.dumps(before)))

    report["failures"] = failures
    (out / "hostile.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print()
    print(f"Hostile input: {report['payloads']} payloads")
    if "public" in report:
        public, admin, stored = report["public"], report["admin"], report["stored"]
        print(f"  public: {public['requests']} requests, {public['statuses']}")
        print(f"  admin add form: {admin['posts']} posts, {admin['statuses']}")
        print(f"  stored XSS stories: {stored['stories']} published, ", end="")
        print(f"{len(stored['not_saved'])} not saved, their pages {stored['public_statuses']}")
    if "browser" in report:
        b = report["browser"]
        print(f"  Chromium: {b['pages']} pages, executed {len(b['executed'])}, ", end="")
        print(f"not shown as text {len(b['not_shown_as_text'])}")
    for run in report.get("sqlmap", []):
        print(f"  sqlmap {run['label']}: exit {run['exit']}, {run['seconds']} s, ", end="")
        print(f"confirmed {len(run['findings'])}, rejected by sqlmap as false positives ", end="")
        print(f"{len(run['rejected_candidates'])}, {run['not_injectable'][-1:]}")
    if "wapiti" in report:
        w = report["wapiti"]
        print(f"  wapiti: exit {w['exit']}, {w['seconds']} s, vulnerabilities ", end="")
        print(f"{w['vulnerabilities'] or 'none'}, anomalies {w['anomalies'] or 'none'}")
    print(f"  cleanup: {report['cleanup']}; details in {out / 'hostile.json'}")
    return stack.verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
