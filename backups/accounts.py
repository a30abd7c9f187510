"""Accounts and roles, kept by natural key.

Users by username, groups by name, permissions as ``app_label.codename`` (the
names articles/roles.py uses). Password hashes travel only when asked for
(``--with-credentials``); without them every restored account gets an
unusable password and signs in again after a reset.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from .formats import ArchiveError, check_keys, decode_field, encode_value

USERS = "users.jsonl"
GROUPS = "groups.jsonl"
USER_FIELDS = (
    "username",
    "first_name",
    "last_name",
    "email",
    "is_active",
    "is_staff",
    "is_superuser",
    "last_login",
    "date_joined",
)
USER_KEYS = (*USER_FIELDS, "groups", "user_permissions")
GROUP_KEYS = ("name", "permissions")
BATCH = 500


def group_records():
    groups = Group.objects.order_by("name").prefetch_related(_with_app("permissions"))
    for group in groups:
        yield {"name": group.name, "permissions": _permission_keys(group.permissions.all())}


def user_records(*, with_credentials):
    User = get_user_model()
    users = User.objects.order_by("username").prefetch_related(
        "groups", _with_app("user_permissions")
    )
    for user in users.iterator(chunk_size=BATCH):
        record = {
            name: encode_value(User._meta.get_field(name), getattr(user, name), {})
            for name in USER_FIELDS
        }
        record["groups"] = sorted(group.name for group in user.groups.all())
        record["user_permissions"] = _permission_keys(user.user_permissions.all())
        if with_credentials:
            record["password"] = user.password
        yield record


def restore_groups(records):
    """Make the roles exactly the archive's: create or update each, drop any other.

    A new database already has the roles from the migrations; no account
    belongs to them yet, so dropping one takes nothing from anybody.
    """
    permission_ids = _permission_ids()
    kept = []
    for where, record in records:
        check_keys(record, GROUP_KEYS, where)
        group, _created = Group.objects.get_or_create(name=_text(record, "name", where))
        group.permissions.set(
            _lookup(permission_ids, key, where) for key in _names(record, "permissions", where)
        )
        kept.append(group.pk)
    Group.objects.exclude(pk__in=kept).delete()
    return len(kept)


def restore_users(records, *, with_credentials):
    """Create the accounts; returns ``(count, {username: id})`` for the content's references."""
    User = get_user_model()
    fields = [User._meta.get_field(name) for name in USER_FIELDS]
    keys = (*USER_KEYS, "password") if with_credentials else USER_KEYS
    users, memberships, grants = [], [], []
    for where, record in records:
        check_keys(record, keys, where)
        user = User(**{field.attname: decode_field(field, record, where, {}) for field in fields})
        if with_credentials:
            user.password = _text(record, "password", where)
        else:
            user.set_unusable_password()
        users.append(user)
        memberships += [(user.username, name, where) for name in _names(record, "groups", where)]
        grants += [(user.username, key, where) for key in _names(record, "user_permissions", where)]
    User.objects.bulk_create(users, batch_size=BATCH)
    user_ids = dict(User.objects.values_list("username", "pk"))
    _add_memberships(user_ids, memberships)
    _add_grants(user_ids, grants)
    return len(users), user_ids


def _add_memberships(user_ids, memberships):
    group_ids = dict(Group.objects.values_list("name", "pk"))
    Membership = get_user_model().groups.through
    rows = []
    for username, name, where in memberships:
        if name not in group_ids:
            raise ArchiveError(
                _("%(where)s: no group “%(group)s” in the archive.")
                % {"where": where, "group": name}
            )
        rows.append(Membership(user_id=user_ids[username], group_id=group_ids[name]))
    Membership.objects.bulk_create(rows, batch_size=BATCH)


def _add_grants(user_ids, grants):
    permission_ids = _permission_ids()
    Grant = get_user_model().user_permissions.through
    Grant.objects.bulk_create(
        (
            Grant(user_id=user_ids[username], permission_id=_lookup(permission_ids, key, where))
            for username, key, where in grants
        ),
        batch_size=BATCH,
    )


def _with_app(relation):
    return Prefetch(relation, queryset=Permission.objects.select_related("content_type"))


def _permission_keys(permissions):
    return sorted(f"{p.content_type.app_label}.{p.codename}" for p in permissions)


def _permission_ids():
    rows = Permission.objects.values_list("content_type__app_label", "codename", "pk")
    return {f"{app_label}.{codename}": pk for app_label, codename, pk in rows}


def _lookup(permission_ids, key, where):
    if key not in permission_ids:
        raise ArchiveError(
            _("%(where)s: this site has no permission “%(permission)s”.")
            % {"where": where, "permission": key}
        )
    return permission_ids[key]


def _text(record, key, where):
    value = record[key]
    if not isinstance(value, str) or not value:
        raise ArchiveError(
            _("%(where)s: “%(field)s” must be a non-empty string.") % {"where": where, "field": key}
        )
    return value


def _names(record, key, where):
    values = record[key]
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise ArchiveError(
            _("%(where)s: “%(field)s” must be a list of names.") % {"where": where, "field": key}
        )
    return values
