"""Fill the site with the demo newsroom. Running it again adds only what is missing."""

from datetime import datetime, time, timedelta
from html import escape

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles import demo_data, demo_site, services
from articles.demo_images import draw_illustration
from articles.html import plain_text_to_html
from articles.models import (
    Article,
    Author,
    FrontPage,
    FrontPagePick,
    Page,
    RelatedArticleLink,
    Section,
    Source,
    Tag,
)
from images.services import image_ingest

REFERENCE_STORY = "bpsdm-kemendagri-dorong-peran-sekretaris-perangkat-daerah"
DEMO_EDITOR = "dewi-anggraini"
FRONT_PAGE_PICKS = [
    "prajurit-satgas-yonif-509-kostrad-borong-sayur-mama-papua",
    "opini-menjaga-kualitas-layanan-publik-di-daerah",
    REFERENCE_STORY,
]
PAPUA_STORY = "prajurit-satgas-yonif-509-kostrad-borong-sayur-mama-papua"


class Command(BaseCommand):
    help = "Load demo sections, sources, authors, tags and stories (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with production settings.",
        )

    def handle(self, *args, force=False, **options):
        if settings.ENVIRONMENT == "production" and not force:
            raise CommandError(
                "Refusing to load demo content with production settings; "
                "use --force if you mean it."
            )
        with transaction.atomic():
            sections = self._upsert(Section, demo_data.SECTIONS)
            sources = self._upsert(Source, demo_data.SOURCES)
            authors = self._upsert(Author, demo_data.AUTHORS)
            tags = {name: self._tag(name) for name in demo_data.TAGS}
            created = self._create_articles(sections, sources, authors, tags)
            self._create_site(sections, authors, tags)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {len(created)} stories added, "
                f"{Article.objects.count()} stories in the database."
            )
        )

    def _upsert(self, model, rows):
        objects = {}
        for row in rows:
            fields = {key: value for key, value in row.items() if key != "slug"}
            objects[row["slug"]], _ = model.objects.get_or_create(slug=row["slug"], defaults=fields)
        return objects

    def _tag(self, name):
        tag = Tag.objects.filter(name__iexact=name).first()
        return tag or Tag.objects.create(name=name)

    def _create_articles(self, sections, sources, authors, tags):
        existing = set(Article.objects.values_list("slug", flat=True))
        created = {}
        for spec in demo_data.ARTICLES:
            if spec["slug"] in existing:
                continue
            created[spec["slug"]] = services.article_create(
                headline=spec["headline"],
                slug=spec["slug"],
                body_html=plain_text_to_html(spec["body"]),
                section=sections[spec["section"]],
                source=sources.get(spec["source"]) if spec["source"] else None,
                authors=[authors[slug] for slug in spec["authors"]],
                tags=[tags[name] for name in spec["tags"]],
                dek=spec["dek"],
                dateline_city=spec["city"],
                featured_image=self._featured_image(spec, sections[spec["section"]]),
                publish_at=self._publication_time(spec),
                editor=authors.get(DEMO_EDITOR),
                article_type=(
                    Article.Type.PRESS_RELEASE
                    if spec["slug"] == REFERENCE_STORY
                    else Article.Type.NEWS
                ),
            )
        self._pin_related(created)
        self._show_rich_blocks(created)
        return created

    def _featured_image(self, spec, section):
        image, _ = image_ingest(
            upload=draw_illustration(spec["headline"], label=section.name),
            title=spec["headline"],
            alt_text=spec["image_alt"],
            caption=spec["image_caption"],
            credit=spec["image_credit"],
        )
        return image

    def _create_site(self, sections, authors, tags):
        """Static pages, an opinion piece, an advertorial, and the front page's curation."""
        for row in demo_site.PAGES:
            fields = {**row, "body": plain_text_to_html(row["body"])}
            Page.objects.get_or_create(slug=row["slug"], defaults=fields)
        for spec in demo_site.EXTRA_ARTICLES:
            if Article.objects.filter(slug=spec["slug"]).exists():
                continue
            body = plain_text_to_html(spec["body"])
            if "link" in spec:
                text, url = spec["link"]
                body += f'<p>Kunjungi <a href="{url}">{text}</a>.</p>'
            services.article_create(
                headline=spec["headline"],
                slug=spec["slug"],
                body_html=body,
                section=sections[spec["section"]],
                authors=[authors[slug] for slug in spec["authors"]],
                tags=[tags[name] for name in spec["tags"]],
                dek=spec["dek"],
                dateline_city=spec["city"],
                article_type=spec["type"],
                editor=authors.get(DEMO_EDITOR),
                featured_image=self._featured_image(spec, sections[spec["section"]]),
                publish_at=timezone.now() - timedelta(days=spec["days_ago"], hours=2),
            )
        front, created = FrontPage.objects.get_or_create(pk=1)
        if created:
            front.breaking_text = "Pemerintah menetapkan cuti bersama akhir tahun; simak jadwalnya."
            front.breaking_until = timezone.now() + timedelta(days=2)
            front.save()
            picks = Article.objects.published().filter(slug__in=FRONT_PAGE_PICKS)
            for position, article in enumerate(picks.order_by("-published_at")):
                FrontPagePick.objects.create(front_page=front, article=article, position=position)

    def _show_rich_blocks(self, created):
        """The reference story also shows an inline picture and a "Baca juga" block."""
        story = created.get(REFERENCE_STORY)
        papua = Article.objects.filter(slug=PAPUA_STORY).select_related("featured_image").first()
        if story is None or papua is None:
            return
        picture = papua.featured_image
        blocks = [
            f'<figure class="inline-image" data-image-id="{picture.pk}">'
            f'<img src="" alt="{escape(picture.alt_text)}"></figure>',
            f'<aside class="read-also" data-article-id="{papua.pk}">'
            f"{escape(papua.headline)}</aside>",
        ]
        paragraphs = story.body.split("</p>", 2)
        story.body = "</p>".join([paragraphs[0], blocks[0] + paragraphs[1], *paragraphs[2:]])
        story.body += blocks[1]
        story.save()

    def _pin_related(self, created):
        by_slug = {
            article.slug: article
            for article in Article.objects.filter(
                slug__in={slug for spec in demo_data.ARTICLES for slug in spec["related"]}
            )
        }
        for spec in demo_data.ARTICLES:
            article = created.get(spec["slug"])
            for position, slug in enumerate(spec["related"]):
                if article and slug in by_slug:
                    RelatedArticleLink.objects.create(
                        article=article, related_article=by_slug[slug], position=position
                    )

    def _publication_time(self, spec):
        if spec["status"] == "draft":
            return None
        now = timezone.localtime()
        if spec["published_on"]:
            naive = datetime.fromisoformat(spec["published_on"])
            return timezone.make_aware(naive)
        hour, minute = (int(part) for part in spec["time"].split(":"))
        day = now.date() - timedelta(days=spec["days_ago"])
        moment = timezone.make_aware(datetime.combine(day, time(hour, minute)))
        if spec["status"] == "published" and moment > now:
            moment = now - timedelta(minutes=5 + spec["days_ago"])
        return moment
