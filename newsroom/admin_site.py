"""The project's admin site: the stock one, with the newsroom dashboard on its home page.

It lives with the project (like urls.py) because the admin home is the whole
site's; the dashboard itself is built by the articles app.
"""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig


class NewsroomAdminSite(admin.AdminSite):
    index_template = "admin/newsroom_index.html"

    def index(self, request, extra_context=None):
        from articles.dashboard import build_dashboard  # apps load after this module

        extra_context = {**(extra_context or {}), "dashboard": build_dashboard(request.user)}
        return super().index(request, extra_context)


class NewsroomAdminConfig(AdminConfig):
    default_site = "newsroom.admin_site.NewsroomAdminSite"
