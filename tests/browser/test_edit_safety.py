"""The story form's edit safety (static/articles/admin/edit_safety.js), in a real browser.

A local backup in localStorage survives a save that never reached the server,
and the form offers to restore it; a heartbeat shows who else has the story
open and lets the editor take it over.
"""

import contextlib
import json

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec

from articles.models import Article, EditingPresence
from articles.services.presence import presence_heartbeat
from tests.browser.helpers import EDITABLE, css, log_in, wait
from tests.factories import ArticleFactory, AuthorFactory, EditorFactory

pytestmark = [pytest.mark.slow, pytest.mark.browser]

BACKUP_BOX = "#edit-safety .edit-safety__backup"
PRESENCE_BOX = "#edit-safety .edit-safety__presence"


def change_url(live_server, article):
    return f"{live_server.url}/admin/articles/article/{article.pk}/change/"


def button_in(box, label):
    return box.find_element(By.XPATH, f".//button[normalize-space()='{label}']")


def stored_backup(browser):
    raw = browser.execute_script(
        "const root = document.getElementById('edit-safety');"
        "return localStorage.getItem(root.dataset.backupKey);"
    )
    return json.loads(raw) if raw else None


@pytest.fixture
def clean_browser(browser, live_server):
    """The session's browser with no backups from other tests, and back online afterwards."""
    browser.get(live_server.url + "/")
    browser.execute_script("localStorage.clear()")
    yield browser
    with contextlib.suppress(WebDriverException):  # none set, or the test reset them
        browser.delete_network_conditions()
    browser.get(live_server.url + "/")
    browser.execute_script("localStorage.clear()")


def test_local_backup_survives_a_lost_connection(clean_browser, live_server, transactional_db):
    browser = clean_browser
    EditorFactory(username="redaktur")
    story = ArticleFactory(headline="Banjir surut di Kampung Melayu", authors=[AuthorFactory()])
    log_in(browser, live_server, "redaktur")
    url = change_url(live_server, story)
    browser.get(url)

    editable = wait(browser, ec.element_to_be_clickable((By.CSS_SELECTOR, EDITABLE)))
    css(browser, "#id_headline").send_keys(", warga kembali")
    # At the end of the last paragraph, a new one.
    editable.find_element(By.CSS_SELECTOR, "p:last-child").click()
    ActionChains(browser).send_keys(
        Keys.END, Keys.ENTER, "Warga mulai membersihkan rumah."
    ).perform()

    def backup_written(_):
        backup = stored_backup(browser)
        return (
            backup
            and backup["fields"]["headline"] == "Banjir surut di Kampung Melayu, warga kembali"
            and "Warga mulai membersihkan rumah." in backup["fields"]["body"]
        )

    wait(browser, backup_written, timeout=5)
    assert not css(browser, BACKUP_BOX).is_displayed()

    # The connection drops just as the editor saves: the request never leaves.
    browser.set_network_conditions(
        offline=True, latency=0, download_throughput=0, upload_throughput=0
    )
    page = css(browser, "html")
    css(browser, "input[name=_continue]").click()
    wait(browser, ec.staleness_of(page))  # Chromium's "no internet" error page
    story.refresh_from_db()
    assert story.headline == "Banjir surut di Kampung Melayu"
    assert story.version == 1

    # Back online, the editor opens the story again: the server has the old text.
    browser.set_network_conditions(
        offline=False, latency=0, download_throughput=500 * 1024, upload_throughput=500 * 1024
    )
    browser.get(url)
    wait(browser, ec.element_to_be_clickable((By.CSS_SELECTOR, EDITABLE)))
    assert css(browser, "#id_headline").get_attribute("value") == "Banjir surut di Kampung Melayu"
    assert "Warga mulai membersihkan rumah." not in css(browser, EDITABLE).text

    box = wait(browser, ec.visibility_of_element_located((By.CSS_SELECTOR, BACKUP_BOX)))
    assert box.text.startswith("Ada salinan yang belum tersimpan dari ")
    assert "Pulihkan?" in box.text
    button_in(box, "Pulihkan").click()

    wait(browser, ec.invisibility_of_element_located((By.CSS_SELECTOR, BACKUP_BOX)))
    assert (
        css(browser, "#id_headline").get_attribute("value")
        == "Banjir surut di Kampung Melayu, warga kembali"
    )
    wait(
        browser,
        ec.text_to_be_present_in_element(
            (By.CSS_SELECTOR, EDITABLE), "Warga mulai membersihkan rumah."
        ),
    )
    assert "Paragraf kedua berita." in css(browser, EDITABLE).text

    page = css(browser, "html")
    css(browser, "input[name=_continue]").click()
    wait(browser, ec.staleness_of(page))
    errors = browser.find_elements(By.CSS_SELECTOR, ".errornote, .errorlist, .messagelist .error")
    assert not errors, " | ".join(error.text for error in errors)
    assert browser.find_elements(By.CSS_SELECTOR, ".messagelist .success")

    story = Article.objects.get(pk=story.pk)
    assert story.headline == "Banjir surut di Kampung Melayu, warga kembali"
    assert "<p>Warga mulai membersihkan rumah.</p>" in story.body
    assert "Paragraf kedua berita." in story.body
    # The saved page has a newer version: the old backup is gone, nothing is offered.
    wait(browser, lambda _: stored_backup(browser) is None, timeout=5)
    assert not css(browser, BACKUP_BOX).is_displayed()


def test_presence_shows_the_other_editor(clean_browser, live_server, transactional_db):
    browser = clean_browser
    me = EditorFactory(username="redaktur")
    other = EditorFactory(username="wartawan_lain")
    story = ArticleFactory(authors=[AuthorFactory()])
    presence_heartbeat(article=story, user=other)

    log_in(browser, live_server, "redaktur")
    browser.get(change_url(live_server, story))
    box = wait(browser, ec.visibility_of_element_located((By.CSS_SELECTOR, PRESENCE_BOX)))
    assert "Sedang disunting oleh wartawan_lain sejak " in box.text

    button_in(box, "Ambil alih").click()
    wait(browser, ec.invisibility_of_element_located((By.CSS_SELECTOR, PRESENCE_BOX)))
    theirs = EditingPresence.objects.get(article=story, user=other)
    assert theirs.taken_over_by == me
    mine = EditingPresence.objects.get(article=story, user=me)
    assert mine.taken_over_by is None
