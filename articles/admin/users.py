"""Users and their roles. Nobody can raise their own permissions."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import PasswordResetForm
from django.utils.translation import gettext_lazy as _

User = get_user_model()
SELF_PROTECTED = ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]

admin.site.unregister(User)


@admin.register(User)
class NewsroomUserAdmin(UserAdmin):
    """Administrators create users with a role, deactivate them, send password resets.

    Users are never deleted: bylines, revisions and the audit trail keep their person.
    """

    list_display = ["username", "first_name", "last_name", "roles", "is_staff", "is_active"]
    list_filter = ["groups", "is_staff", "is_active"]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": [
                    "username",
                    "first_name",
                    "last_name",
                    "email",
                    "usable_password",
                    "password1",
                    "password2",
                    "is_staff",
                    "groups",
                ],
            },
        )
    ]
    actions = ["deactivate", "send_password_reset"]

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Deactivate (keeps bylines and history)"), permissions=["change"])
    def deactivate(self, request, queryset):
        count = queryset.exclude(pk=request.user.pk).update(is_active=False)
        messages.success(request, _("%(count)d account(s) deactivated.") % {"count": count})

    @admin.action(description=_("Send a password reset email"), permissions=["change"])
    def send_password_reset(self, request, queryset):
        sent = 0
        for user in queryset.filter(is_active=True).exclude(email=""):
            form = PasswordResetForm({"email": user.email})
            if form.is_valid():
                form.save(request=request, use_https=request.is_secure())
                sent += 1
        messages.success(request, _("%(count)d password reset email(s) sent.") % {"count": sent})

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("roles"))
    def roles(self, obj):
        return ", ".join(group.name for group in obj.groups.all())

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.pk == request.user.pk:
            readonly += SELF_PROTECTED
        elif not request.user.is_superuser:
            readonly += ["is_superuser", "user_permissions"]
        return readonly

    def has_change_permission(self, request, obj=None):
        # Only a superuser may touch a superuser's account (password included).
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)
