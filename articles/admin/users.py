"""Users and their roles. Nobody can raise their own permissions."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

User = get_user_model()
SELF_PROTECTED = ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]

admin.site.unregister(User)


@admin.register(User)
class NewsroomUserAdmin(UserAdmin):
    list_display = ["username", "first_name", "last_name", "roles", "is_staff", "is_active"]
    list_filter = ["groups", "is_staff", "is_active"]

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

    def has_delete_permission(self, request, obj=None):
        if obj is not None and (obj.pk == request.user.pk or obj.is_superuser):
            return request.user.is_superuser and obj.pk != request.user.pk
        return super().has_delete_permission(request, obj)
