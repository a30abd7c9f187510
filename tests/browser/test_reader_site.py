"""The reader site with the demo newsroom: a reader's journey, WCAG 2.2 AA and valid HTML.

Every page type is checked with the real demo content (`load_demo`): in
Chromium with axe-core against WCAG 2.0/2.1/2.2 levels A and AA, and with the
Nu Html Checker. Screenshots of the journey land in the test-artifacts folder.
What neither tool can judge (the language a language link is worded in) is
checked directly.
"""

import io
import os
from pathlib import Path

import lxml.html
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import get_language_info
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.standards import (
    axe_source,
    check_html,
    describe_axe_violations,
    describe_vnu_errors,
    run_axe,
    vnu_command,
)

pytestmark = [pytest.mark.slow]

REFERENCE_STORY = "/2022/06/20/bpsdm-kemendagri-dorong-peran-sekretaris-perangkat-daerah/"
# One page of every type the reader site has, with the demo newsroom loaded.
PAGES = {
    "home": "/",
    "article": REFERENCE_STORY,
    "section": "/rubrik/pemerintahan/",
    "tag": "/topik/kemendagri/",
    "author": "/penulis/redaksi/",
    "source": "/sumber/puspen-kemendagri/",
    "date-archive": "/indeks/2022/06/20/",
    "index": "/indeks/",
    "static-page": "/halaman/redaksi/",
    "corrections": "/ralat/",
    "en-home": "/en/",
    "en-article": "/en" + REFERENCE_STORY,
}
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}
DEFAULT_VIEWPORT = VIEWPORTS["desktop"]  # conftest's --window-size
NOT_FOUND = ("Halaman tidak ditemukan", "Page not found")


def wait(browser, condition, timeout=10):
    return WebDriverWait(browser, timeout).until(condition)


def css(browser, selector):
    return browser.find_element(By.CSS_SELECTOR, selector)


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def demo_site(transactional_db):
    """The demo newsroom, committed so that the live server's threads see it."""
    load_demo()


@pytest.fixture
def screenshots():
    folder = Path(os.environ.get("TEST_ARTIFACTS_DIR", "var/test-artifacts")) / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- Reading pages -----------------------------------------------------------


def assert_page_loaded(browser):
    """The page finished loading and is a real page: a title, an h1, not the 404 page."""
    wait(browser, lambda driver: driver.execute_script("return document.readyState") == "complete")
    heading = wait(browser, ec.presence_of_element_located((By.TAG_NAME, "h1")))
    # textContent: the home page's h1 is visually hidden, which .text reports as "".
    heading_text = " ".join(heading.get_attribute("textContent").split())
    title = browser.title
    assert title, f"{browser.current_url} has no <title>"
    assert heading_text, f"{browser.current_url} has an empty <h1>"
    for text in NOT_FOUND:
        assert text not in title and text != heading_text, f"{browser.current_url} is a 404 page"
    return heading_text


def open_page(browser, url):
    browser.get(url)
    return assert_page_loaded(browser)


def follow(browser, selector):
    """Click the first link matching ``selector`` as a reader would; return its text and the h1."""
    link = wait(browser, ec.element_to_be_clickable((By.CSS_SELECTOR, selector)))
    href = link.get_attribute("href")
    text = " ".join(link.get_attribute("textContent").split())
    page = css(browser, "html")
    link.click()
    wait(browser, ec.staleness_of(page))
    wait(browser, ec.url_to_be(href))
    return text, assert_page_loaded(browser)


def go_back(browser, url):
    browser.back()
    wait(browser, ec.url_to_be(url))
    return assert_page_loaded(browser)


# --- The reader's journey ----------------------------------------------------


@pytest.mark.browser
def test_reader_journey_on_desktop_and_phone(browser, live_server, demo_site, screenshots):
    home_url = live_server.url + "/"
    article_url = live_server.url + REFERENCE_STORY
    try:
        for viewport, (width, height) in VIEWPORTS.items():
            browser.set_window_size(width, height)
            steps = []

            def shot(name, viewport=viewport, steps=steps):
                steps.append(name)
                path = screenshots / f"reader-journey-{viewport}-{len(steps):02d}-{name}.png"
                browser.save_screenshot(str(path))

            open_page(browser, home_url)
            assert browser.execute_script("return window.innerWidth") == width
            assert css(browser, "html").get_attribute("lang") == "id"
            shot("home")

            # A story card on the front page leads to the story.
            link, headline = follow(browser, f'main .card a[href$="{REFERENCE_STORY}"]')
            assert browser.current_url == article_url
            assert headline == link
            assert browser.find_elements(By.CSS_SELECTOR, ".article__body img"), (
                "the story's inline image is missing"
            )
            shot("article")

            link, headline = follow(browser, "aside.related a")
            assert headline == link
            assert css(browser, ".article__body").text
            shot("related-story")
            go_back(browser, article_url)

            # Tag, author and source pages carry the name that was clicked as their h1.
            for kind, selector, prefix in (
                ("tag", ".article__tags a", "/topik/"),
                ("author", ".article__byline a", "/penulis/"),
                ("source", ".article__source a", "/sumber/"),
            ):
                link, heading = follow(browser, selector)
                assert browser.current_url.startswith(live_server.url + prefix)
                assert heading == link, kind
                assert browser.find_elements(By.CSS_SELECTOR, "main .card"), kind
                shot(kind)
                if kind != "source":
                    go_back(browser, article_url)

            follow(browser, '.site-footer__links a[href*="/halaman/"]')
            assert "/halaman/" in browser.current_url
            shot("static-page")

            follow(browser, ".language-switch a[hreflang=en]")
            assert browser.current_url.startswith(live_server.url + "/en/halaman/")
            assert css(browser, "html").get_attribute("lang") == "en"
            assert css(browser, ".language-switch a[hreflang=en]").get_attribute("aria-current")
            shot("static-page-en")
    finally:
        browser.set_window_size(*DEFAULT_VIEWPORT)


# --- WCAG 2.2 AA ---------------------------------------------------------------


@pytest.fixture(scope="module")
def axe_reports(browser, live_server, django_db_setup, django_db_blocker):
    """axe-core's violations for every page in PAGES, from one load of the demo newsroom.

    Loading the demo takes seconds and the live server makes every test
    transactional, which empties the database after each test; so the demo is
    loaded once here, every page is audited while it is there, and the database
    is emptied again before the per-page tests report what was found.
    """
    axe_source()  # Skip before loading anything when axe-core is missing.
    reports = {}
    with django_db_blocker.unblock():
        try:
            load_demo()
            browser.set_window_size(*DEFAULT_VIEWPORT)
            for page, path in PAGES.items():
                try:
                    open_page(browser, live_server.url + path)
                    reports[page] = run_axe(browser)
                except Exception as error:  # Reported by that page's test.
                    reports[page] = error
        finally:
            call_command("flush", interactive=False, verbosity=0)
    return reports


@pytest.mark.browser
@pytest.mark.parametrize("page", PAGES)
def test_page_types_meet_wcag_22_aa(axe_reports, page):
    report = axe_reports[page]
    if isinstance(report, Exception):
        raise report
    assert not report, (
        f"axe-core found WCAG 2.2 AA violations on {page} ({PAGES[page]}):\n"
        + describe_axe_violations(report)
    )


# --- Valid HTML ----------------------------------------------------------------


def test_page_types_are_valid_html(client, db):
    vnu_command()  # Skip before loading anything when the checker or Java is missing.
    load_demo()
    documents = {}
    for page, path in PAGES.items():
        response = client.get(path)
        assert response.status_code == 200, f"{page} ({path}): HTTP {response.status_code}"
        documents[page] = response.content.decode(response.charset or "utf-8")
    errors = check_html(documents)
    assert not errors, "The Nu Html Checker found errors:\n" + describe_vnu_errors(errors)


# --- Language of parts ---------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_language_links_are_worded_in_the_language_they_declare(client, db, path):
    """WCAG 3.1.2: a link marked lang="en" is read with English pronunciation.

    So its words must be English ("English", not "Bahasa Inggris"), or it must
    not claim a language of its own. axe-core cannot tell the two apart.
    """
    document = lxml.html.fromstring(client.get(path).content)
    links = document.xpath('//nav[contains(@class, "language-switch")]//a')
    assert len(links) == len(settings.LANGUAGES)
    for link in links:
        declared = link.get("lang")
        if declared:
            name = " ".join(link.text_content().split())
            expected = get_language_info(declared)["name_local"]
            assert expected in name, (
                f'{path}: the language link lang="{declared}" reads "{name}"; '
                f'in {declared} it should name "{expected}"'
            )
