import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.factories import EditorFactory, PublishedArticleFactory, TagFactory

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def wait(browser, condition, timeout=10):
    return WebDriverWait(browser, timeout).until(condition)


@pytest.fixture
def story(transactional_db):
    return PublishedArticleFactory(headline="Warga Intan Jaya sambut prajurit di pasar")


def test_reader_opens_home_then_an_article(browser, live_server, story):
    browser.get(live_server.url + "/")
    link = wait(browser, ec.element_to_be_clickable((By.LINK_TEXT, story.headline)))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"
    stylesheet_applied = browser.execute_script(
        "return getComputedStyle(document.querySelector('.site-header')).display !== 'inline'"
    )
    assert stylesheet_applied
    link.click()
    heading = wait(browser, ec.visibility_of_element_located((By.TAG_NAME, "h1")))
    assert heading.text == story.headline
    assert "KABAR NUSANTARA, Jakarta" in browser.find_element(By.CLASS_NAME, "article__body").text


def test_editor_logs_in_and_gets_tag_suggestions(browser, live_server, transactional_db):
    EditorFactory(username="redaktur")
    TagFactory(name="Otonomi Daerah")
    browser.get(live_server.url + "/admin/login/")
    browser.find_element(By.NAME, "username").send_keys("redaktur")
    browser.find_element(By.NAME, "password").send_keys("correct horse battery")
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait(browser, ec.presence_of_element_located((By.ID, "site-name")))

    browser.get(live_server.url + "/admin/articles/article/add/")
    tags = wait(browser, ec.element_to_be_clickable((By.NAME, "tags")))
    tags.send_keys("Pilkada, oton")
    option = wait(
        browser,
        ec.presence_of_element_located((By.CSS_SELECTOR, "#id_tags-suggestions option")),
    )
    assert option.get_attribute("value") == "Pilkada, Otonomi Daerah, "
