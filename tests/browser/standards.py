"""The standards the reader site is held to: axe-core (WCAG 2.2 AA) and the Nu Html Checker.

Both tools come from the npm registry, pinned in package.json/package-lock.json
(`npm ci`, which `.ci/run` and `make browser-tools` run). A test that needs a
missing tool skips and says how to get it.
"""

import functools
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
GET_TOOLS = "run npm ci (axe-core, vnu-jar) — .ci/run does (locally: make browser-tools)"

# axe-core's tags for every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA.
WCAG_22_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")

# --- axe-core ----------------------------------------------------------------


@functools.cache
def _read_axe():
    return AXE_JS.read_text(encoding="utf-8")


def axe_source():
    """axe.min.js, or a skip when `npm ci` has not been run."""
    if not AXE_JS.is_file():
        pytest.skip(f"axe-core is missing ({AXE_JS.relative_to(ROOT)}): {GET_TOOLS}")
    return _read_axe()


_RUN_AXE = """
const [tags, done] = arguments;
axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
  .then((results) => done({violations: results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((node) => node.target.join(" ")),
    summary: v.nodes.length ? v.nodes[0].failureSummary : "",
  }))}))
  .catch((error) => done({error: String(error && error.stack || error)}));
"""


def run_axe(browser, tags=WCAG_22_AA, timeout=60):
    """Inject axe-core into the page the browser shows and return its violations."""
    source = axe_source()
    if not browser.execute_script("return typeof window.axe === 'object'"):
        browser.execute_script(source)
    browser.set_script_timeout(timeout)
    result = browser.execute_async_script(_RUN_AXE, list(tags))
    if "error" in result:
        raise RuntimeError(f"axe.run failed: {result['error']}")
    return result["violations"]


def describe_axe_violations(violations, limit=3):
    """One readable paragraph per violated rule: id, impact, help and the first targets."""
    lines = []
    for violation in violations:
        targets = violation["targets"]
        more = f" (+{len(targets) - limit} more)" if len(targets) > limit else ""
        lines.append(
            f"- {violation['id']} [{violation['impact']}]: {violation['help']} "
            f"<{violation['helpUrl']}>\n"
            f"    targets: {', '.join(targets[:limit])}{more}\n"
            f"    {' '.join(violation['summary'].split())}"
        )
    return "\n".join(lines)


# --- The Nu Html Checker -----------------------------------------------------


def vnu_command():
    """`java -jar vnu.jar`, or a skip when the jar or Java is missing."""
    if not VNU_JAR.is_file():
        pytest.skip(f"The Nu Html Checker is missing ({VNU_JAR.relative_to(ROOT)}): {GET_TOOLS}")
    java = shutil.which("java")
    if java is None:
        pytest.skip("The Nu Html Checker needs Java 17+ (apt-get install default-jre-headless)")
    return [java, "-jar", str(VNU_JAR)]


def check_html(documents, timeout=120):
    """Validate {name: html} with one run of the checker; return its errors.

    Each error is vnu's JSON message plus "page", the name it was given under.
    """
    command = vnu_command()
    with tempfile.TemporaryDirectory(prefix="newsroom-vnu-") as folder:
        files = {}
        for name, html in documents.items():
            path = Path(folder) / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            files[path.resolve().as_uri()] = name
        completed = subprocess.run(  # noqa: S603 - a fixed command on our own files
            [
                *command,
                "--format",
                "json",
                "--stdout",
                "--errors-only",
                "--exit-zero-always",
                *(str(Path(folder) / f"{name}.html") for name in documents),
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError as error:
        raise RuntimeError(
            f"The Nu Html Checker gave no JSON report (exit {completed.returncode}):\n"
            f"{completed.stdout}\n{completed.stderr}"
        ) from error
    errors = []
    for message in report.get("messages", []):
        if message.get("type") == "info":
            continue
        url = message.get("url", "")
        page = files.get(url) or files.get(url.replace("file:/", "file:///", 1), url)
        errors.append({**message, "page": page})
    return errors


def describe_vnu_errors(errors):
    """`page:line:column: message` and the offending markup, one error per line."""
    lines = []
    for error in errors:
        where = f"{error['page']}:{error.get('lastLine', '?')}:{error.get('firstColumn', '?')}"
        extract = " ".join(error.get("extract", "").split())
        lines.append(f"- {where}: {error.get('message', '')}\n    {extract}")
    return "\n".join(lines)
