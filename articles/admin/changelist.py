"""The editors' story list at archive scale: no COUNT over a million rows.

Django's changelist counts its rows for the paginator (and, unless told not to,
counts the whole table again for "N total"). On PostgreSQL a COUNT reads every
matching row, so a list of 50 stories would cost as much as the archive. Here
the paginator asks the planner instead: its estimate (from ``pg_class`` and
the column statistics, the same numbers it plans with) when it expects many
rows, an exact count when it expects few. Page links beyond the real last page
are then possible in a very large list; they answer like any out-of-range page.
"""

import json

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

# Below this many estimated rows an exact COUNT is cheap: count them.
EXACT_COUNT_BELOW = 10_000


def planner_estimate(queryset):
    """The planner's row estimate for ``queryset`` on PostgreSQL, else None."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


class EstimatedCountPaginator(Paginator):
    @cached_property
    def count(self):
        estimate = planner_estimate(self.object_list)
        if estimate is None or estimate < EXACT_COUNT_BELOW:
            return super().count
        return estimate
