"""The editors' product: articles, sections, sources, authors and tags."""

from . import articles, site_content, taxonomy, users  # noqa: F401  (registers the model admins)
