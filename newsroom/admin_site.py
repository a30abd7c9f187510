"""The project's admin site: the stock one, with the newsroom dashboard on its home page,
login lockout (django-axes) and optional two-factor authentication (newsroom/two_factor.py).

It lives with the project (like urls.py) because the admin home is the whole
site's; the dashboard itself is built by the articles app.
"""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.shortcuts import redirect
from django.urls import path


class NewsroomAdminSite(admin.AdminSite):
    index_template = "admin/newsroom_index.html"
    login_template = "admin/newsroom_login.html"

    @property
    def login_form(self):
        from .two_factor import LoginForm  # needs the auth app loaded

        return LoginForm

    def index(self, request, extra_context=None):
        from articles.dashboard import build_dashboard  # apps load after this module

        extra_context = {**(extra_context or {}), "dashboard": build_dashboard(request.user)}
        return super().index(request, extra_context)

    def has_permission(self, request):
        from .two_factor import must_use_two_factor

        if not super().has_permission(request):
            return False
        return not must_use_two_factor(request.user) or request.user.is_verified()

    def login(self, request, extra_context=None):
        from django_otp import user_has_device

        from .two_factor import must_use_two_factor

        user = request.user
        if (
            user.is_authenticated
            and user.is_staff
            and must_use_two_factor(user)
            and not user_has_device(user)
        ):
            return redirect("admin:two_factor_setup")
        return super().login(request, extra_context)

    def get_urls(self):
        from .two_factor import setup_view

        return [
            path(
                "two-factor/",
                setup_view,
                {"admin_site": self},
                name="two_factor_setup",
            ),
            *super().get_urls(),
        ]


class NewsroomAdminConfig(AdminConfig):
    default_site = "newsroom.admin_site.NewsroomAdminSite"

    def ready(self):
        super().ready()  # autodiscover: every app's admin module is loaded now
        # django-taggit registers an admin for its own Tag model, which the newsroom
        # does not use (articles.Tag is the tag). Its "merge tags" view checks no
        # model permission, so any staff account could create tags through it.
        from taggit.models import Tag as UnusedTaggitTag

        if admin.site.is_registered(UnusedTaggitTag):
            admin.site.unregister(UnusedTaggitTag)
