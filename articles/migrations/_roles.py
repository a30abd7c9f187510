"""Shared by the role migrations: create permissions now, then sync the groups."""

from django.contrib.auth.management import create_permissions


def sync(apps, schema_editor):
    from articles.roles import sync_roles

    # Permissions are normally created after all migrations; roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_roles(apps)
