"""Optional TOTP two-factor authentication for staff (django-otp).

Anyone on staff may add an authenticator app; from then on their login asks
for its six-digit code. With ADMIN_TWO_FACTOR_REQUIRED on, administrators
(superusers and the Administrator role) cannot use the admin until they have
set one up and logged in with it.
"""

import base64
from io import BytesIO

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles.roles import ADMINISTRATOR


def is_administrator(user):
    return user.is_superuser or user.groups.filter(name=ADMINISTRATOR).exists()


def must_use_two_factor(user):
    return settings.ADMIN_TWO_FACTOR_REQUIRED and is_administrator(user)


class LoginForm(OTPAuthenticationFormMixin, AdminAuthenticationForm):
    """Username and password, plus the authenticator code for those who have one."""

    otp_token = forms.CharField(
        label=_("Authentication code"),
        required=False,
        max_length=8,
        help_text=_("Only if you set up two-factor authentication: six digits from your app."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)
    otp_challenge = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            # One authenticator per person here: no device menu to choose from.
            device = TOTPDevice.objects.devices_for_user(user).first()
            self.cleaned_data["otp_device"] = device.persistent_id if device else ""
            self.clean_otp(user)
        return cleaned


class ConfirmDeviceForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = self.cleaned_data["token"].strip().replace(" ", "")
        if not self.device.verify_token(token):
            raise forms.ValidationError(
                _("That code is wrong or has expired. Enter the code your app shows now.")
            )
        return token


def _qr_svg(uri):
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    # Generated from our own URI by the qrcode library: safe markup.
    return mark_safe(buffer.getvalue().decode().split("?>", 1)[-1])  # noqa: S308


@login_required
def setup_view(request, admin_site):
    """Add an authenticator app: show its secret, confirm one code, log in with it."""
    user = request.user
    if not user.is_staff:
        return redirect("admin:login")
    if user_has_device(user) and request.user.is_verified():
        messages.info(request, _("Two-factor authentication is already on for your account."))
        return redirect("admin:index")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="default", confirmed=False)
    form = ConfirmDeviceForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, _("Two-factor authentication is on. Keep your app safe."))
        return redirect("admin:index")
    context = {
        **admin_site.each_context(request),
        "title": _("Set up two-factor authentication"),
        "form": form,
        "qr_code": _qr_svg(device.config_url),
        "secret": base64.b32encode(device.bin_key).decode(),
        "required": must_use_two_factor(user),
    }
    return TemplateResponse(request, "admin/two_factor_setup.html", context)
