"""Feed addresses (RSS 2.0 and Atom) for the site and each section, tag, author and source."""

urlpatterns = []
