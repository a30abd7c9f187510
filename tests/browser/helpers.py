"""Shared steps for the browser tests."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "correct horse battery"  # tests.factories.UserFactory's password
# The editor's editable area; the block-type dropdown reuses the .ProseMirror
# class for its hidden options, so the class alone is ambiguous.
EDITABLE = '.ProseMirror[contenteditable="true"]'


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
