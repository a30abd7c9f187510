"""Every management command answers bad input with a clear message and a non-zero exit."""

import subprocess
import sys

import pytest
from django.conf import settings

# Each runs in a child process, as an operator would, on a migrated database
# of its own.
CASES = [
    (["generate_articles", "-5"], "above zero"),
    (["generate_articles", "abc"], "invalid int value"),
    (["import_wordpress", "/nonexistent/export.xml"], "no such file"),
    (["import_text", "/nonexistent/rilis.txt"], "There is no section yet"),
    (["import_text", "--section", "tidak-ada", "rilis.txt"], "No section with the slug"),
    (["export_content", "/proc/newsroom-archive"], "/proc/newsroom-archive"),
    (["import_content", "/nonexistent/archive"], "/nonexistent/archive"),
    (["regenerate_renditions", "--bogus"], "unrecognized arguments"),
    (["prune_revisions", "--bogus"], "unrecognized arguments"),
    (["rebuild_search_index", "extra"], "unrecognized arguments"),
    (["ensure_admin", "extra"], "unrecognized arguments"),
    (["load_demo", "extra"], "unrecognized arguments"),
]


def manage(env, *args):
    return subprocess.run(  # noqa: S603  (our own interpreter and manage.py)
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def operator_env(tmp_path_factory):
    root = tmp_path_factory.mktemp("operator")
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": f"sqlite:///{root / 'db.sqlite3'}",
        "NEWSROOM_VAR_DIR": str(root / "var"),
    }
    assert manage(env, "migrate", "--noinput", "-v0").returncode == 0
    return env


@pytest.mark.parametrize("args, message", CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bad_input_is_a_clear_error_and_a_non_zero_exit(operator_env, args, message):
    result = manage(operator_env, *args)
    assert result.returncode != 0
    assert message in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
