"""The home page's plan: curated lead and picks, latest news, a block per section.

Seven queries whatever the number of sections: the front page row, its picks,
the latest stories, every section block at once (a window function), the most
read, the bylines of everything shown, and the navigation.
"""

from itertools import groupby

from django.db.models import prefetch_related_objects

from .models import Article, FrontPage
from .querysets import bylines_prefetch

PICKS = 4
LATEST = 10
PER_SECTION = 4


def front_page_context():
    front = FrontPage.objects.select_related(
        "lead__section", "lead__source", "lead__featured_image"
    ).first()
    chosen_picks = []
    if front is not None:
        chosen_picks = list(
            Article.objects.published()
            .for_cards()
            .filter(front_page_picks__front_page=front)
            .order_by("front_page_picks__position", "front_page_picks__pk")[:PICKS]
        )
    latest = list(Article.objects.published().for_cards().newest_first()[: LATEST + 1 + PICKS])
    lead = front.lead if front and front.lead and front.lead.is_published() else None
    lead = lead or (latest[0] if latest else None)
    shown = {lead.pk} if lead else set()
    picks = chosen_picks or [a for a in latest if a.pk not in shown][:PICKS]
    shown |= {a.pk for a in picks}
    latest = [a for a in latest if a.pk not in shown][:LATEST]
    blocks = list(Article.objects.section_blocks(PER_SECTION))
    most_read = list(Article.objects.most_read())
    everything = [a for a in [lead, *picks, *latest, *blocks] if a is not None]
    prefetch_related_objects(everything, bylines_prefetch())
    return {
        "breaking": front.breaking_news() if front else None,
        "lead": lead,
        "picks": picks,
        "latest": latest,
        "most_read": most_read,
        "section_blocks": [
            {"section": section, "articles": list(articles)}
            for section, articles in groupby(blocks, key=lambda a: a.section)
        ],
    }
