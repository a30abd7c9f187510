"""Permission proof: anonymous and low-role requests to every admin, preview and API URL.

    .venv/bin/python tests/stress/permissions.py

Starts deploy/local-prod.sh, creates (or resets) two throwaway users with
`manage.py shell -c` in the stack's environment: ``stress-contributor`` (staff,
in the Kontributor group of articles/roles.py) and ``stress-reader`` (not staff,
no group). Enumerates every admin URL from the admin site's URLconf
(django.urls), filling in an existing object of each model (one the
contributor does not own), plus preview URLs and every API URL, and requests
them as: nobody, the plain user (a real session made in the database, since the
admin login refuses non-staff) and the contributor (logged in through the
admin login form).

Pass: no 500 anywhere; nobody and the plain user get no 200 from the admin
(except its login page) nor from previews, only a redirect to the login
page, 403, 404 or 405; the contributor gets 200 only where the role's
permissions allow it (view/add/change/delete of that model, on objects it may
see); POST, PUT, PATCH and DELETE to the read-only API answer 405. Results go
to var/stress/permissions.json. The two users are deactivated at the end.
"""

import json
import secrets
import sys
from collections import Counter
from pathlib import Path

import stack

SETUP = """
import json
from django.contrib.auth import get_user_model, BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.conf import settings
from articles.roles import CONTRIBUTOR
from articles.models import Article, ArticleRevision
User = get_user_model()
contributor, _ = User.objects.get_or_create(username="stress-contributor")
contributor.is_staff, contributor.is_superuser, contributor.is_active = True, False, True
contributor.set_password({password!r})
contributor.save()
contributor.groups.set([Group.objects.get(name=CONTRIBUTOR)])
reader, _ = User.objects.get_or_create(username="stress-reader")
reader.is_staff, reader.is_superuser, reader.is_active = False, False, True
reader.set_password({password!r})
reader.save()
reader.groups.clear()
session = SessionStore()
session[SESSION_KEY] = str(reader.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = reader.get_session_auth_hash()
session.create()
perms = sorted(contributor.get_all_permissions())
admin_user = User.objects.filter(is_superuser=True).order_by("pk").first()
article = Article.objects.exclude(created_by=contributor).order_by("-pk").first()
draft = Article.objects.exclude(status="published").exclude(created_by=contributor).first()
revision = ArticleRevision.objects.filter(article=article).order_by("-version").first()
print("JSON " + json.dumps({{
    "session_cookie": settings.SESSION_COOKIE_NAME,
    "reader_session": session.session_key,
    "perms": perms,
    "article": article.pk,
    "draft": draft.pk if draft else None,
    "revision": revision.pk if revision else None,
    "article_ct": ContentType.objects.get_for_model(Article).pk,
    "admin_user": admin_user.pk,
}}))
"""

ENUMERATE = """
import json, re
from django.contrib import admin
from django.urls import URLResolver
site = admin.site
fixed = json.loads({fixed!r})
def walk(patterns, prefix=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from walk(p.url_patterns, prefix + str(p.pattern))
        else:
            yield prefix + str(p.pattern), p.name
models = {{f"{{m._meta.app_label}}/{{m._meta.model_name}}/": m for m in site._registry}}
first = {{}}
for key, model in models.items():
    manager = model._default_manager
    if model._meta.label == "articles.Article":
        first[key] = fixed["article"]
    elif model._meta.label == "auth.User":
        first[key] = fixed["admin_user"]
    else:
        obj = manager.order_by("pk").first()
        first[key] = obj.pk if obj else None
urls = []
for route, name in walk(site.get_urls()):
    if route.startswith("^(?P<app_label>"):
        for label in re.search(r"\\(\\?P<app_label>([^)]*)\\)", route)[1].split("|"):
            urls.append({{"path": f"/admin/{{label}}/", "name": "app_list", "model": None,
                          "app": label}})
        continue
    key = next((k for k in models if route.startswith(k)), None)
    model = models.get(key)
    path = route
    if route.startswith("r/"):
        path = f"r/{{fixed['article_ct']}}/{{fixed['article']}}/"
    elif "<" in route:
        pk = first.get(key)
        if pk is None:
            urls.append({{"path": "/admin/" + route, "name": name, "skipped": "no object"}})
            continue
        path = re.sub(r"<(?:path:|int:)?(?:object_id|pk|id)>", str(pk), route)
        path = path.replace("<int:revision_id>", str(fixed["revision"] or 1))
    urls.append({{
        "path": "/admin/" + path,
        "name": name,
        "model": model._meta.label_lower if model else None,
        "app": model._meta.app_label if model else None,
        "model_name": model._meta.model_name if model else None,
        "object": "<" in route,
    }})
print("JSON " + json.dumps(urls))
"""

API_PATHS = [
    "/api/v1/articles/",
    "/api/v1/articles/{article}/",
    "/api/v1/sections/",
    "/api/v1/sections/nasional/",
    "/api/v1/tags/",
    "/api/v1/tags/kemendagri/",
    "/api/v1/authors/",
    "/api/v1/authors/redaksi/",
    "/api/v1/sources/",
    "/api/v1/sources/puspen-kemendagri/",
    "/api/v1/openapi.json",
    "/api/v1/no-such-thing/",
]
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
PUBLIC_ADMIN = {"login"}  # the login page itself answers everyone
# Views every staff member may use, whatever their role.
STAFF_VIEWS = {
    "index",
    "password_change",
    "password_change_done",
    "jsi18n",
    "two_factor_setup",
    "view_on_site",
    "autocomplete",
}


def contributor_may(url, perms):
    """Does the Kontributor role's permission set allow this URL? (None: not decidable)"""
    name = url.get("name") or ""
    if name in STAFF_VIEWS or name == "login":
        return True
    if name == "logout":
        return None
    if name == "app_list":
        return any(p.startswith(url["app"] + ".") for p in perms)
    model = url.get("model_name")
    if model is None:
        return None
    app = url["app"]

    def has(action):
        return f"{app}.{action}_{model}" in perms

    if model == "article" and url.get("object"):
        # The object is someone else's story: the role edits its own only.
        return "articles.edit_any_article" in perms
    if name.endswith("_add") or name.endswith("press_release"):
        return has("add")
    if name.endswith("_delete"):
        return has("delete")
    if name.endswith(("_merge_tags",)):
        return has("change")
    return has("view") or has("change")


def classify(status, headers):
    location = headers.get("Location", "") if headers else ""
    if status in (301, 302):
        return "login" if "/admin/login/" in location else f"redirect {location}"
    return str(status)


def main():
    failures = []
    rows = []
    password = secrets.token_urlsafe(16)
    with stack.Stack("permissions"):
        fixed = stack.manage_json(SETUP.format(password=password))
        urls = stack.manage_json(ENUMERATE.format(fixed=json.dumps(fixed)))
        urls = [u for u in urls if "skipped" not in u]
        preview = [f"/preview/{fixed['article']}/", "/preview/share/not-a-token/"]
        if fixed["draft"]:
            preview.insert(0, f"/preview/{fixed['draft']}/")
        perms = set(fixed["perms"])

        anonymous = stack.Client()
        reader = stack.Client()
        reader_cookie = f"{fixed['session_cookie']}={fixed['reader_session']}"
        contributor = stack.Client()
        if not contributor.login("stress-contributor", password):
            raise SystemExit("the contributor could not log in")

        def get(client, path, who):
            headers = {"Cookie": reader_cookie} if who == "reader" else None
            try:
                status, response_headers, _ = client.get(path, headers=headers)
            except OSError as error:
                return f"error {error}", None
            return status, response_headers

        for who, client in (("anonymous", anonymous), ("reader", reader)):
            for url in urls:
                status, headers = get(client, url["path"], who)
                outcome = classify(status, headers)
                ok = outcome in ("login", "403", "404", "405") or (
                    url["name"] in PUBLIC_ADMIN and status == 200
                )
                # Logging out with no session: back to the admin, which asks for a login.
                ok = ok or (url["name"] == "logout" and outcome == "redirect /admin/")
                rows.append([who, url["path"], outcome, "refused", ok])
            for path in preview:
                status, headers = get(client, path, who)
                outcome = classify(status, headers)
                ok = outcome in ("login", "403", "404")
                rows.append([who, path, outcome, "refused", ok])

        for url in urls:
            status, headers = get(contributor, url["path"], "contributor")
            outcome = classify(status, headers)
            may = contributor_may(url, perms)
            if status == 500 or str(status).startswith("error"):
                ok = False
            elif may is False:
                ok = status != 200
            else:
                ok = True
            expected = {True: "allowed", False: "refused", None: "either"}[may]
            rows.append(["contributor", url["path"], outcome, expected, ok])
        for path in preview:
            status, headers = get(contributor, path, "contributor")
            outcome = classify(status, headers)
            # Someone else's draft or story: previews are for their own stories.
            ok = status != 200 and status != 500
            rows.append(["contributor", path, outcome, "refused", ok])

        # A write through a staff-only view with no model permission check (django-taggit's
        # "merge tags" admin view, unregistered since): the contributor must be refused.
        token = contributor.cookie("csrftoken")
        status = contributor.post(
            "/admin/taggit/tag/merge-tags/",
            {"csrfmiddlewaretoken": token, "new_tag_name": "stress-merge"},
        )[0]
        rows.append(
            [
                "contributor",
                "POST /admin/taggit/tag/merge-tags/",
                str(status),
                "refused",
                status in (403, 404),
            ]
        )

        api_rows = []
        for template in API_PATHS:
            path = template.format(article=fixed["article"])
            for who, client in (("anonymous", anonymous), ("contributor", contributor)):
                for method in WRITE_METHODS:
                    try:
                        status = client.request(method, path, data={"headline": "x"})[0]
                    except OSError as error:
                        status = f"error {error}"
                    api_rows.append([who, f"{method} {path}", str(status), "405", status == 405])
            status = anonymous.get(path)[0]
            expected_get = 404 if "no-such" in path else 200
            api_rows.append(
                ["anonymous", f"GET {path}", str(status), str(expected_get), status == expected_get]
            )
        rows.extend(api_rows)

        stack.manage_shell(
            "from django.contrib.auth import get_user_model;"
            "get_user_model().objects.filter(username__startswith='stress-')"
            ".update(is_active=False)"
        )

    for row in rows:
        if not row[4]:
            failures.append(f"{row[0]} {row[1]}: {row[2]} (expected {row[3]})")
    summary = {}
    for who, _, outcome, _expected, ok in rows:
        summary.setdefault(who, Counter())[outcome if ok else f"FAIL {outcome}"] += 1
    report = {
        "admin_urls": len(urls),
        "preview_urls": preview,
        "summary": {k: dict(v) for k, v in summary.items()},
        "rows": rows,
        "failures": failures,
    }
    out = stack.LOG_DIR / "permissions.json"
    Path(out).write_text(json.dumps(report, indent=2))
    print()
    print(f"Permissions: {len(urls)} admin URLs, {len(preview)} preview URLs, ", end="")
    print(f"{len(API_PATHS)} API URLs × {len(WRITE_METHODS)} write methods")
    for who, counts in summary.items():
        print(f"  {who:12} {dict(sorted(counts.items()))}")
    allowed = [r[1] for r in rows if r[0] == "contributor" and r[2] == "200"]
    print(f"  contributor 200s ({len(allowed)}): {', '.join(allowed)}")
    print(f"  details in {out}")
    return stack.verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
