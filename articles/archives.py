"""Date archives: a year, month or day of stories, by the Jakarta date in their address."""

import calendar
from dataclasses import dataclass
from datetime import date

from django.http import Http404


@dataclass(frozen=True)
class Period:
    first_day: date
    last_day: date
    year: int
    month: int | None = None
    day: int | None = None


def archive_period(kwargs):
    """The period named by the URL (None for the whole index); 404 for impossible dates."""
    if "year" not in kwargs:
        return None
    try:
        year = int(kwargs["year"])
        month = int(kwargs["month"]) if "month" in kwargs else None
        day = int(kwargs["day"]) if "day" in kwargs else None
        if day is not None:
            moment = date(year, month, day)
            return Period(moment, moment, year, month, day)
        if month is not None:
            last = calendar.monthrange(year, month)[1]
            return Period(date(year, month, 1), date(year, month, last), year, month)
        return Period(date(year, 1, 1), date(year, 12, 31), year)
    except ValueError:
        raise Http404("No such date.") from None
