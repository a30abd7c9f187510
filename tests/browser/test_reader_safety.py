"""In a real browser: hostile body markup runs no script, embeds load only on request."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.factories import PublishedArticleFactory

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# Each payload would set window.__xss if any of it survived to the page.
HOSTILE_BODY = (
    "<p>Isi berita.</p>"
    "<script>window.__xss = 'script'</script>"
    '<img src="x" onerror="window.__xss=\'onerror\'">'
    '<p onmouseover="window.__xss=\'hover\'" id="hover-me">arahkan</p>'
    '<a id="js-link" href="javascript:window.__xss=\'link\'">tautan</a>'
    '<svg><script>window.__xss="svg"</script><animate onbegin="window.__xss=\'svg2\'"/></svg>'
    "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>"
    "<details open ontoggle=\"window.__xss='toggle'\"><summary>x</summary></details>"
    '<div class="embed" data-embed-url="javascript:window.__xss=\'embed\'"></div>'
    '<div class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"></div>'
)


def test_hostile_markup_runs_no_script_and_embeds_wait_for_a_click(
    browser, live_server, transactional_db
):
    story = PublishedArticleFactory(body=HOSTILE_BODY)
    browser.get(live_server.url + story.get_absolute_url())
    WebDriverWait(browser, 10).until(
        ec.presence_of_element_located((By.CLASS_NAME, "article__body"))
    )
    hover = browser.find_elements(By.ID, "hover-me")
    if hover:
        from selenium.webdriver import ActionChains

        ActionChains(browser).move_to_element(hover[0]).perform()
    links = browser.find_elements(By.ID, "js-link")
    for link in links:
        link.click()
    assert browser.execute_script("return window.__xss === undefined")
    assert browser.find_elements(By.TAG_NAME, "iframe") == []

    # The one allowlisted embed waits for the reader's click.
    load = WebDriverWait(browser, 10).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "figure.embed .embed__load"))
    )
    load.click()
    frame = WebDriverWait(browser, 10).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "figure.embed iframe"))
    )
    assert frame.get_attribute("src") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert browser.execute_script("return window.__xss === undefined")
