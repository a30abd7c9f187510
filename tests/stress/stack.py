"""Shared by the proof scripts: start and stop `make prod`, a cookie-keeping HTTPS client.

Every address here is on the loopback interface (127.0.0.1): the stack listens
nowhere else, and nothing in these scripts sends traffic anywhere else.
"""

import contextlib
import html.parser
import http.cookiejar
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATE = ROOT / "var" / "prod"
PY = ROOT / ".venv" / "bin" / "python"
BASE = "https://127.0.0.1:8443"
CERT = STATE / "tls" / "cert.pem"
PORTS = {"https": 8443, "http": 8080, "gunicorn": 8001, "redis": 6390}
LOG_DIR = ROOT / "var" / "stress"
PG_CTL_GLOB = "/usr/lib/postgresql/*/bin/pg_ctl"
# Every client request below gives up after this long.
HTTP_TIMEOUT = 30


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def port_open(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def pg_ctl():
    found = sorted(Path("/").glob(PG_CTL_GLOB.lstrip("/")), key=lambda p: p.parts)
    if not found:
        raise SystemExit("PostgreSQL is not installed (deploy/local-prod.sh installs it)")
    return str(found[-1])


def as_postgres(command):
    """A command run as the postgres user when we are root (initdb and pg_ctl refuse root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.getuid() == 0 else command


def pg_running():
    return (STATE / "postgres" / "postmaster.pid").exists()


def pg_stop():
    """Stop PostgreSQL now (fast: open transactions are rolled back, clients cut off)."""
    command = as_postgres([pg_ctl(), "-D", str(STATE / "postgres"), "stop", "-m", "fast", "-w"])
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)  # noqa: S603  (fixed argv, no shell)


def pg_start():
    command = as_postgres(
        [
            pg_ctl(),
            "-D",
            str(STATE / "postgres"),
            "-l",
            str(STATE / "pg-run" / "postgres.log"),
            "-w",
            "start",
            "-o",
            f"-c listen_addresses='' -k {STATE / 'pg-run'}",
        ]
    )
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)  # noqa: S603  (fixed argv, no shell)


def django_env():
    """The environment deploy/local-prod.sh gives gunicorn, for `manage.py` against the stack."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings.prod",
        SECRET_KEY=(STATE / "secret_key").read_text().strip(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        CSRF_TRUSTED_ORIGINS="https://127.0.0.1:8443,https://localhost:8443",
        DATABASE_URL="postgres://postgres@" + str(STATE).replace("/", "%2F") + "%2Fpg-run/newsroom",
        REDIS_URL="redis://127.0.0.1:6390/0",
        NEWSROOM_VAR_DIR=str(STATE),
        MEDIA_ROOT=str(STATE / "media"),
        PRIVATE_MEDIA_ROOT=str(STATE / "private"),
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT="1025",
        EMAIL_USE_TLS="0",
    )
    return env


def manage_shell(code, timeout=120):
    """Run Python in `manage.py shell -c` against the stack's database; returns its stdout."""
    result = subprocess.run(  # noqa: S603  (our own interpreter and manage.py, no shell)
        [str(PY), "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=django_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py shell failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def manage_json(code, timeout=120):
    """Like manage_shell, for code that prints one line `JSON <json>`."""
    for line in manage_shell(code, timeout).splitlines():
        if line.startswith("JSON "):
            return json.loads(line[5:])
    raise RuntimeError("no JSON line from manage.py shell")


def admin_password():
    lines = (STATE / "admin-credentials.txt").read_text().splitlines()
    fields = dict(line.split(": ", 1) for line in lines if ": " in line)
    return fields["username"], fields["password"]


class Stack:
    """`deploy/local-prod.sh` in the background, in its own process group.

    ``env`` overrides reach Django through the script (it passes its environment on).
    Stopped like Ctrl-C: SIGINT to the group (the script's trap stops PostgreSQL,
    Redis, gunicorn and nginx), then SIGTERM and SIGKILL if it lingers; then every
    port must be free and PostgreSQL stopped.
    """

    def __init__(self, name, env=None, start_timeout=300):
        self.name = name
        self.env = env or {}
        self.start_timeout = start_timeout
        self.process = None
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self.log_path = LOG_DIR / f"stack-{name}.log"

    def __enter__(self):
        busy = [f"{name} {port}" for name, port in PORTS.items() if port_open(port)]
        if busy:
            raise SystemExit(
                f"ports already in use ({', '.join(busy)}): is `make prod` running? Stop it first."
            )
        log(f"starting deploy/local-prod.sh (log: {self.log_path.relative_to(ROOT)})")
        env = {**os.environ, **self.env}
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(  # noqa: S603  (the project's own script, no shell)
            [str(ROOT / "deploy" / "local-prod.sh")],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        started = time.monotonic()
        try:
            while time.monotonic() - started < self.start_timeout:
                if self.process.poll() is not None:
                    raise RuntimeError(
                        f"local-prod.sh exited with {self.process.returncode}; see {self.log_path}"
                    )
                if CERT.exists() and port_open(PORTS["https"]):
                    try:
                        status = Client().get("/healthz", timeout=5)[0]
                    except OSError:  # nginx up a moment before it listens, or gunicorn
                        status = None
                    if status == 200:
                        log(f"stack up in {time.monotonic() - started:.1f} s")
                        return self
                time.sleep(0.5)
            raise RuntimeError(f"stack not healthy after {self.start_timeout} s")
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        if self.process is None:
            return
        pgid = self.process.pid
        for sig, grace in ((signal.SIGINT, 60), (signal.SIGTERM, 20), (signal.SIGKILL, 10)):
            if self.process.poll() is not None:
                break
            log(f"stopping the stack: {sig.name} to process group {pgid}")
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=grace)
        # Whatever the trap left behind in the group (nothing, normally).
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGTERM)
        if pg_running():
            log("PostgreSQL still running: pg_ctl stop")
            pg_stop()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(port_open(p) for p in PORTS.values()):
            time.sleep(0.5)
        busy = [f"{name} {port}" for name, port in PORTS.items() if port_open(port)]
        self.process = None
        self._log.close()
        if busy or pg_running():
            raise RuntimeError(f"stack did not stop: busy ports {busy}, postgres {pg_running()}")
        log("stack stopped: ports 8443, 8080, 8001, 6390 free, PostgreSQL stopped")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A small requests-like session over urllib: cookies, no redirects followed, TLS checked.

    Only ever talks to BASE (127.0.0.1).
    """

    def __init__(self, base=BASE):
        if not base.startswith(("https://127.0.0.1:", "http://127.0.0.1:")):
            raise ValueError("loopback only")
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        context = ssl.create_default_context(cafile=str(CERT))
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=context),
            urllib.request.HTTPCookieProcessor(self.cookies),
            _NoRedirect(),
        )

    def url(self, path):
        return path if path.startswith(self.base + "/") else self.base + path

    def request(self, method, path, data=None, headers=None, timeout=HTTP_TIMEOUT):
        body = None
        headers = dict(headers or {})
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        request = urllib.request.Request(  # noqa: S310  (https to 127.0.0.1 only, checked above)
            self.url(path), data=body, headers=headers, method=method
        )
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        headers = {"Referer": self.url(path), **kwargs.pop("headers", {})}
        return self.request("POST", path, data=data, headers=headers, **kwargs)

    def cookie(self, name):
        return next((c.value for c in self.cookies if c.name == name), None)

    def login(self, username, password):
        """Log in to the admin; True when the admin answered with its index."""
        status, _, body = self.get("/admin/login/")
        if status != 200:
            return False
        form = parse_form(body.decode(), "login-form")
        form.set("username", username)
        form.set("password", password)
        form.set("next", "/admin/")
        status, headers, _ = self.post("/admin/login/?next=/admin/", form.pairs())
        return status == 302 and headers.get("Location", "").endswith("/admin/")


class Form:
    """The successful controls of an HTML form, in order, as (name, value) pairs."""

    def __init__(self, action=None):
        self.action = action
        self.fields = []
        self.textareas = set()
        self.maxlength = {}
        self.selects = {}

    def pairs(self):
        return list(self.fields)

    def get(self, name):
        return next((value for key, value in self.fields if key == name), None)

    def names(self):
        return [key for key, _ in self.fields]

    def set(self, name, value):
        """Replace every value of ``name`` with one (added if absent)."""
        kept = [(k, v) for k, v in self.fields if k != name]
        if len(kept) == len(self.fields):
            kept.append((name, value))
        else:
            index = next(i for i, (k, _) in enumerate(self.fields) if k == name)
            kept.insert(index, (name, value))
        self.fields = kept

    def remove(self, name):
        self.fields = [(k, v) for k, v in self.fields if k != name]


class _FormParser(html.parser.HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.form = None
        self.inside = False
        self.select = None
        self.select_multiple = False
        self.select_options = []
        self.textarea = None
        self.textarea_text = []
        self.option = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and self.form is None:
            if self.form_id is None or attrs.get("id") == self.form_id:
                self.form = Form(attrs.get("action"))
                self.inside = True
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if name and attrs.get("maxlength", "").isdigit():
            self.form.maxlength[name] = int(attrs["maxlength"])
        if tag == "input" and name and "disabled" not in attrs:
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.form.fields.append((name, attrs.get("value", default)))
        elif tag == "textarea" and name:
            self.textarea, self.textarea_text = name, []
        elif tag == "select" and name:
            self.select, self.select_options = name, []
            self.select_multiple = "multiple" in attrs
        elif tag == "option" and self.select:
            self.option = [attrs.get("value"), "selected" in attrs, []]
            self.select_options.append(self.option)

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea" and self.textarea:
            text = "".join(self.textarea_text)
            self.form.fields.append((self.textarea, text.removeprefix("\n")))
            self.form.textareas.add(self.textarea)
            self.textarea = None
        elif tag == "select" and self.select:
            self.form.selects[self.select] = [o[0] for o in self.select_options]
            chosen = [o for o in self.select_options if o[1]]
            if not chosen and not self.select_multiple and self.select_options:
                chosen = self.select_options[:1]
            for value, _, text in chosen:
                self.form.fields.append(
                    (self.select, value if value is not None else "".join(text))
                )
            self.select = None
        elif tag == "option":
            self.option = None

    def handle_data(self, data):
        if self.textarea:
            self.textarea_text.append(data)
        elif self.option is not None:
            self.option[2].append(data)


def parse_form(page, form_id=None):
    parser = _FormParser(form_id)
    parser.feed(page)
    if parser.form is None:
        raise ValueError(f"no form {form_id or ''} on the page")
    return parser.form


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def links(page):
    parser = LinkParser()
    parser.feed(page)
    return parser.links


def discover(client, per_type=None):
    """The benchmark URL mix, from the home page and the sitemaps (as bench/page_urls.py)."""
    import re

    status, _, body = client.get("/")
    if status != 200:
        raise RuntimeError(f"home page answered {status}")
    found = links(body.decode())
    article = re.compile(r"^/\d{4}/\d{2}/\d{2}/[^/]+/$")
    articles = sorted({u for u in found if article.match(u)})
    sections = sorted({u for u in found if re.match(r"^/rubrik/[^/]+/$", u)})
    _, _, tags_xml = client.get("/sitemap-tags.xml")
    tags = re.findall(r"<loc>https://127\.0\.0\.1:8443(/topik/[^<]+/)</loc>", tags_xml.decode())
    terms = ["banjir", "inflasi", "korupsi", "jakarta", "pemilu", "subsidi beras", "gempa"]
    terms += ["investasi", "sepak bola", "surabaya"]
    mix = {
        "home": ["/"],
        "article": articles,
        "section": sections,
        "tag": tags[:20],
        "search": ["/cari/?q=" + urllib.parse.quote_plus(t) for t in terms],
        "feed": ["/feed/"],
    }
    if per_type:
        mix = {k: v[:per_type] for k, v in mix.items()}
    if not all(mix.values()):
        raise RuntimeError(
            f"URL discovery found nothing for {[k for k, v in mix.items() if not v]}"
        )
    return mix


def weave(mix):
    """One list that cycles through the types evenly (home, article, section, … repeated)."""
    longest = max(len(v) for v in mix.values())
    paths = []
    for i in range(longest):
        for urls in mix.values():
            paths.append(urls[i % len(urls)])
    return paths


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr, flush=True)


def verdict(failures):
    """Print each failure and the result line; the script's exit status."""
    for failure in failures:
        fail(failure)
    print("RESULT:", "FAIL" if failures else "PASS")
    return 1 if failures else 0
