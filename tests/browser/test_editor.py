"""An editor writes a formatted story in the admin's body editor, publishes it, readers see it.

This drives the whole path a story's formatting takes: ProseMirror in the admin
(django-prose-editor plus our newsroom extensions), the form's hidden textarea,
the server's sanitizer, the change-form "publish" action, and the public page's
body renderer, which turns inline library images into <picture> renditions
generated on first request.
"""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from articles.models import Article
from tests.factories import AuthorFactory, EditorFactory, SectionFactory
from tests.images import samples
from tests.images.factories import make_image

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PASSWORD = "correct horse battery"
LINK_URL = "https://example.org/jembatan"
IMAGE_ALT = "Jembatan baru di atas Sungai Cikapundung"


def wait(browser, condition, timeout=10):
    return WebDriverWait(browser, timeout).until(condition)


def css(browser, selector):
    return browser.find_element(By.CSS_SELECTOR, selector)


def log_in(browser, live_server, username):
    browser.get(live_server.url + "/admin/login/")
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    css(browser, "input[type=submit]").click()
    wait(browser, ec.presence_of_element_located((By.ID, "site-name")))


def choose_in_autocomplete(browser, select_id, obj):
    """Pick ``obj`` in an admin autocomplete (select2) widget.

    Typing into select2's dropdown is slow and flaky; giving the underlying
    <select> a selected option and telling select2 about it is what a pick does.
    """
    browser.execute_script(
        """
        const [select, label, value] = arguments;
        select.append(new Option(label, value, true, true));
        django.jQuery(select).trigger("change");
        """,
        css(browser, f"#{select_id}"),
        str(obj),
        str(obj.pk),
    )


def press(browser, *keys):
    """Send keys to whatever has focus (the ProseMirror editor here)."""
    ActionChains(browser).send_keys(*keys).perform()


def chord(browser, modifiers, key):
    """A keyboard shortcut such as Ctrl+Alt+2, sent to the focused element."""
    actions = ActionChains(browser)
    for modifier in modifiers:
        actions.key_down(modifier)
    actions.send_keys(key)
    for modifier in reversed(modifiers):
        actions.key_up(modifier)
    actions.perform()


def toolbar_button(browser, label):
    """A prose-editor toolbar button by its (English, package-defined) aria-label."""
    return css(browser, f'.prose-menubar button[aria-label="{label}"]')


def open_dialog(browser):
    return wait(browser, ec.visibility_of_element_located((By.CSS_SELECTOR, "dialog[open]")))


def write_heading(browser, text):
    chord(browser, [Keys.CONTROL, Keys.ALT], "2")  # Tiptap's Mod-Alt-2: heading level 2
    press(browser, text, Keys.ENTER)  # Enter after a heading starts a paragraph


def write_bold_sentence(browser, before, bold, after):
    press(browser, before)
    chord(browser, [Keys.CONTROL], "b")
    press(browser, bold)
    chord(browser, [Keys.CONTROL], "b")
    press(browser, after, Keys.ENTER)


def write_link(browser, before, text, url):
    press(browser, before, text)
    # Select the link text by walking back over it, as an editor would with Shift+←.
    press(browser, *([Keys.SHIFT + Keys.ARROW_LEFT] * len(text)))
    toolbar_button(browser, "insert link").click()
    dialog = open_dialog(browser)
    dialog.find_element(By.NAME, "href").send_keys(url)
    dialog.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser, ec.invisibility_of_element(dialog))
    # Leave the link before going on: typing at its end would extend it.
    press(browser, Keys.END, Keys.ENTER)


def insert_library_image(browser, search, title):
    toolbar_button(browser, "Gambar dari pustaka").click()
    dialog = wait(
        browser,
        ec.visibility_of_element_located((By.CSS_SELECTOR, "dialog.newsroom-chooser[open]")),
    )
    dialog.find_element(By.CSS_SELECTOR, "input[type=search]").send_keys(search)

    # The dialog lists the whole library at first; wait for the search to narrow
    # it down to the one matching picture before clicking.
    def only_match(browser):
        items = dialog.find_elements(By.CSS_SELECTOR, ".newsroom-chooser__item")
        return items[0] if len(items) == 1 and title in items[0].text else False

    wait(browser, only_match).click()
    wait(browser, ec.invisibility_of_element(dialog))
    wait(
        browser,
        ec.presence_of_element_located((By.CSS_SELECTOR, ".ProseMirror figure.inline-image")),
    )


def assert_no_form_errors(browser):
    errors = browser.find_elements(By.CSS_SELECTOR, ".errornote, .errorlist")
    assert not errors, " | ".join(error.text for error in errors)


def test_editor_writes_formats_and_publishes_a_story(browser, live_server, transactional_db):
    EditorFactory(username="redaktur")
    section = SectionFactory(name="Jawa Barat")
    author = AuthorFactory(name="Siti Rahma")
    image = make_image(
        samples.jpeg_bytes((640, 360), (40, 110, 160)),
        title="Jembatan Cikapundung",
        alt_text=IMAGE_ALT,
    )
    # A second picture, so the chooser's search has something to filter out.
    make_image(samples.jpeg_bytes((640, 360), (200, 160, 40)), title="Pasar Baru")

    log_in(browser, live_server, "redaktur")
    browser.get(live_server.url + "/admin/articles/article/add/")
    import time; time.sleep(3)
    open("/tmp/add.html","w").write(browser.page_source)
    print(browser.get_log("browser"))
    editable = wait(browser, ec.element_to_be_clickable((By.CSS_SELECTOR, ".ProseMirror")))

    css(browser, "#id_headline").send_keys("Jembatan baru Cikapundung dibuka")
    css(browser, "#id_dateline_city").send_keys("Bandung")
    choose_in_autocomplete(browser, "id_section", section)
    choose_in_autocomplete(browser, "id_article_authors-0-author", author)

    editable.click()
    write_heading(browser, "Latar belakang")
    write_bold_sentence(browser, "Jembatan ini ", "penting", " bagi warga Bandung.")
    write_link(browser, "Baca ", "laporan lengkapnya", LINK_URL)
    insert_library_image(browser, "Cikapundung", "Jembatan Cikapundung")

    css(browser, "input[name=_continue]").click()
    wait(browser, ec.url_contains("/change/"))
    assert_no_form_errors(browser)

    # Publish from the change form's own action bar (Django 6.1 change-form actions).
    Select(css(browser, "select[name='CHANGE_FORM-action']")).select_by_value("publish")
    css(browser, ".actions button[name=index]").click()
    wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, ".messagelist .success")))

    article = Article.objects.get()
    assert article.is_published()
    assert "<h2>Latar belakang</h2>" in article.body
    assert "<strong>penting</strong>" in article.body
    assert f'href="{LINK_URL}"' in article.body
    assert f'data-image-id="{image.pk}"' in article.body

    browser.get(live_server.url + article.get_absolute_url())
    body = wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, ".article__body")))
    assert body.find_element(By.TAG_NAME, "h2").text == "Latar belakang"
    assert body.find_element(By.TAG_NAME, "strong").text == "penting"
    assert body.find_element(By.CSS_SELECTOR, f'a[href="{LINK_URL}"]').text == "laporan lengkapnya"
    picture = body.find_element(By.CSS_SELECTOR, "figure.inline-image picture img")
    assert picture.get_attribute("alt") == IMAGE_ALT
    # Renditions are encoded by a Django view on first request: the picture has
    # really loaded only when the browser decoded it from the live server.
    browser.execute_script("arguments[0].scrollIntoView()", picture)
    wait(browser, lambda _: browser.execute_script("return arguments[0].complete", picture))
    loaded = browser.execute_script(
        "return {src: arguments[0].currentSrc, width: arguments[0].naturalWidth}", picture
    )
    assert loaded["src"].startswith(live_server.url + "/media/renditions/"), loaded
    assert loaded["width"] > 0, loaded
