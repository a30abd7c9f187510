"""The newsroom's roles as permission sets; a data migration keeps the groups in step.

The permission policy (articles.permissions) reads permissions, not group
names, so an administrator can compose other roles from the same parts.
"""

CONTRIBUTOR = "Kontributor"
EDITOR = "Editor"
ADMINISTRATOR = "Administrator"

_CONTRIBUTOR = {
    "articles": [
        "add_article",
        "change_article",
        "view_article",
        "add_articleauthor",
        "change_articleauthor",
        "delete_articleauthor",
        "view_articleauthor",
        "add_relatedarticlelink",
        "change_relatedarticlelink",
        "delete_relatedarticlelink",
        "view_relatedarticlelink",
        "view_section",
        "add_source",
        "view_source",
        "view_author",
        "add_tag",
        "view_tag",
        "view_correction",
        "view_previewlink",
        "change_previewlink",
    ],
    "images": ["add_image", "change_image", "view_image"],
}

_EDITOR_EXTRA = {
    "articles": [
        "delete_article",
        "edit_any_article",
        "publish_article",
        "take_down_article",
        "lift_embargo",
        "preview_any_article",
        "restore_article",
        "view_articletransition",
        "add_correction",
        "change_correction",
        "delete_correction",
        *[
            f"{action}_{model}"
            for action in ("add", "change", "delete", "view")
            for model in ("page", "frontpage", "frontpagepick")
        ],
        *[
            f"{action}_{model}"
            for action in ("add", "change", "delete", "view")
            for model in ("section", "source", "author", "tag")
        ],
    ],
    "images": ["delete_image"],
    "redirects": ["add_redirect", "change_redirect", "delete_redirect", "view_redirect"],
}

_ADMINISTRATOR_EXTRA = {
    "articles": ["empty_trash"],
    # Unlocking a locked-out login is deleting its attempt record.
    "axes": [
        "view_accessattempt",
        "delete_accessattempt",
        "view_accesslog",
        "view_accessfailurelog",
    ],
    # A lost phone: remove the device so its owner can set up a new one.
    "otp_totp": ["view_totpdevice", "delete_totpdevice"],
    "auth": [
        f"{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("user", "group")
    ],
}


def _merge(*parts):
    merged = {}
    for part in parts:
        for app, codenames in part.items():
            merged.setdefault(app, []).extend(codenames)
    return merged


ROLES = {
    CONTRIBUTOR: _CONTRIBUTOR,
    EDITOR: _merge(_CONTRIBUTOR, _EDITOR_EXTRA),
    ADMINISTRATOR: _merge(_CONTRIBUTOR, _EDITOR_EXTRA, _ADMINISTRATOR_EXTRA),
}


def sync_roles(apps):
    """Create or update the role groups (``apps``: a migration's app registry or the real one)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        # Filter, not get: an older migration runs before later models exist;
        # the migration that adds them syncs again.
        group.permissions.set(
            [
                permission
                for app, codenames in grants.items()
                for permission in Permission.objects.filter(
                    content_type__app_label=app, codename__in=codenames
                )
            ]
        )
