"""Path converters for public addresses."""

from django.urls import register_converter


class _Digits:
    def to_python(self, value):
        return value

    def to_url(self, value):
        return f"{int(value):0{self.width}d}"


class YearConverter(_Digits):
    regex = "[0-9]{4}"
    width = 4


class TwoDigitConverter(_Digits):
    regex = "[0-9]{2}"
    width = 2


class TagSlugConverter:
    """Tag slugs keep their letters in any script (django-taggit's unicode slugs)."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


# Registered once, on first import (Django refuses a second registration).
register_converter(YearConverter, "yyyy")
register_converter(TwoDigitConverter, "dd")
register_converter(TagSlugConverter, "tagslug")
