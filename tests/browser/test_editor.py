"""An editor writes a formatted story in the admin's body editor, publishes it, readers see it.

This drives the whole path a story's formatting takes: ProseMirror in the admin
(django-prose-editor plus our newsroom extensions), the form's hidden textarea,
the server's sanitizer, the change-form "publish" action, and the public page's
body renderer, which turns inline library images into <picture> renditions
encoded on first request.
"""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select

from articles.models import Article
from tests.browser.helpers import EDITABLE, css, log_in, wait
from tests.factories import AuthorFactory, EditorFactory, SectionFactory
from tests.images import samples
from tests.images.factories import make_image

pytestmark = [pytest.mark.slow, pytest.mark.browser]

LINK_URL = "https://example.org/jembatan"
IMAGE_TITLE = "Jembatan Cikapundung"
IMAGE_ALT = "Jembatan baru di atas Sungai Cikapundung"


# --- Admin pages -----------------------------------------------------------


def choose_in_autocomplete(browser, select_id, obj):
    """Pick ``obj`` in an admin autocomplete (select2) widget.

    Typing into select2's dropdown only exercises select2; giving the
    underlying <select> a selected option and telling select2 about it is what
    a pick amounts to for the form.
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


def submit(browser, button_selector):
    """Click a submit button and wait for the next page, which must show no errors."""
    page = css(browser, "html")
    css(browser, button_selector).click()
    wait(browser, ec.staleness_of(page))
    errors = browser.find_elements(By.CSS_SELECTOR, ".errornote, .errorlist, .messagelist .error")
    assert not errors, " | ".join(error.text for error in errors)


# --- The body editor -------------------------------------------------------


def press(browser, *keys):
    """Type into whatever has focus (the body editor here)."""
    ActionChains(browser).send_keys(*keys).perform()


def shortcut(browser, modifiers, key):
    """A keyboard shortcut such as Ctrl+Alt+2; modifiers stay down around the key."""
    actions = ActionChains(browser)
    for modifier in modifiers:
        actions.key_down(modifier)
    actions.send_keys(key)
    for modifier in reversed(modifiers):
        actions.key_up(modifier)
    actions.perform()


def toolbar_button(browser, label):
    """A toolbar button by its aria-label (English from the package, ours in Indonesian)."""
    return css(browser, f'.prose-menubar button[aria-label="{label}"]')


def button_enabled(browser, label):
    return "disabled" not in toolbar_button(browser, label).get_dom_attribute("class").split()


def editor_selection(browser):
    """Whether the editor has focus, and the text selected in it."""
    return browser.execute_script(
        """
        const editable = document.querySelector(arguments[0]);
        return {
            focused: document.activeElement === editable,
            selected: document.getSelection().toString(),
        };
        """,
        EDITABLE,
    )


def write_heading(browser, text):
    shortcut(browser, [Keys.CONTROL, Keys.ALT], "2")  # Tiptap's Mod-Alt-2: heading level 2
    press(browser, text, Keys.ENTER)  # Enter at the end of a heading starts a paragraph


def write_with_bold(browser, before, bold, after):
    press(browser, before)
    shortcut(browser, [Keys.CONTROL], "b")
    press(browser, bold)
    shortcut(browser, [Keys.CONTROL], "b")
    press(browser, after, Keys.ENTER)


def write_with_link(browser, before, text, url):
    press(browser, before, text)
    # Select the link text as an editor would, with Shift+← over it.
    select_back = ActionChains(browser).key_down(Keys.SHIFT)
    select_back.send_keys(Keys.ARROW_LEFT * len(text)).key_up(Keys.SHIFT).perform()
    # ProseMirror picks the selection up from a selectionchange event; the
    # link button is disabled (and ignores clicks) until it has.
    wait(browser, lambda _: button_enabled(browser, "insert link"))
    toolbar_button(browser, "insert link").click()
    dialog = wait(browser, ec.visibility_of_element_located((By.CSS_SELECTOR, "dialog[open]")))
    dialog.find_element(By.NAME, "href").send_keys(url)
    dialog.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, f'{EDITABLE} a[href="{url}"]')))
    # Tiptap gives the editor focus back, with the link text still selected,
    # one animation frame after applying the link. Keys sent before then are
    # lost, and an Enter would replace the selected text.
    wait(browser, lambda _: editor_selection(browser) == {"focused": True, "selected": text})
    # Leave the link for a new paragraph: text typed at its end would join it.
    press(browser, Keys.END)
    wait(browser, lambda _: editor_selection(browser)["selected"] == "")
    press(browser, Keys.ENTER)


def insert_library_image(browser, search, title):
    """Pick a picture in the "Gambar dari pustaka" dialog (newsroom-extensions.js)."""
    toolbar_button(browser, "Gambar dari pustaka").click()
    dialog = wait(
        browser,
        ec.visibility_of_element_located((By.CSS_SELECTOR, "dialog.newsroom-chooser[open]")),
    )
    dialog.find_element(By.CSS_SELECTOR, "input[type=search]").send_keys(search)

    # The dialog first lists the whole library; wait for the search to narrow
    # it down to the one matching picture before clicking.
    def only_match(_):
        items = dialog.find_elements(By.CSS_SELECTOR, ".newsroom-chooser__item")
        return items[0] if len(items) == 1 and title in items[0].text else False

    wait(browser, only_match).click()
    wait(
        browser,
        ec.presence_of_element_located((By.CSS_SELECTOR, f"{EDITABLE} figure.inline-image")),
    )


# --- The test --------------------------------------------------------------


def test_editor_writes_formats_and_publishes_a_story(browser, live_server, transactional_db):
    EditorFactory(username="redaktur")
    section = SectionFactory(name="Jawa Barat")
    author = AuthorFactory(name="Siti Rahma")
    image = make_image(
        samples.jpeg_bytes((640, 360), (40, 110, 160)), title=IMAGE_TITLE, alt_text=IMAGE_ALT
    )
    # A second picture, so the chooser's search has something to filter out.
    make_image(samples.jpeg_bytes((640, 360), (200, 160, 40)), title="Pasar Baru")

    log_in(browser, live_server, "redaktur")
    browser.get(live_server.url + "/admin/articles/article/add/")
    # The editor replaces the textarea once its ES modules have loaded.
    editable = wait(browser, ec.element_to_be_clickable((By.CSS_SELECTOR, EDITABLE)))
    css(browser, "#id_headline").send_keys("Jembatan baru Cikapundung dibuka")
    css(browser, "#id_dateline_city").send_keys("Bandung")
    choose_in_autocomplete(browser, "id_section", section)
    choose_in_autocomplete(browser, "id_article_authors-0-author", author)

    editable.click()
    write_heading(browser, "Latar belakang")
    write_with_bold(browser, "Jembatan ini ", "penting", " bagi warga Bandung.")
    write_with_link(browser, "Baca ", "laporan lengkapnya", LINK_URL)
    insert_library_image(browser, "Cikapundung", IMAGE_TITLE)

    submit(browser, "input[name=_continue]")
    # Publish from the change form's own action bar (Django 6.1 change-form actions).
    Select(css(browser, "select[name='CHANGE_FORM-action']")).select_by_value("publish")
    submit(browser, ".actions button[name=index]")
    assert browser.find_elements(By.CSS_SELECTOR, ".messagelist .success")

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
    # Renditions are encoded by a Django view on first request, so the picture
    # has really arrived only once the browser has decoded one from the live
    # server. It is lazy-loaded: bring it into view first.
    browser.execute_script("arguments[0].scrollIntoView()", picture)
    is_complete = "return arguments[0].complete"
    wait(browser, lambda _: browser.execute_script(is_complete, picture), timeout=30)
    loaded = browser.execute_script(
        "return {src: arguments[0].currentSrc, width: arguments[0].naturalWidth}", picture
    )
    assert loaded["src"].startswith(f"{live_server.url}/media/renditions/"), loaded
    assert loaded["width"] > 0, loaded
