"""axe-core (4.4, from pip's axe-core-python) in headless Chromium on every page type of the
reader site and of the newsroom, signed in as an admin: no serious or critical violation."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_graceful_shutdown, start_server
from newsroom_api import EMAIL, PASSWORD, prepare_demo_database
from test_html_standards import NEWSROOM_PAGES, READER_PAGES, picture_focus_path
from test_reader_in_browser import WAIT, chrome

SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module")
def site(sahifa_bin, tmp_path_factory):
    folder = tmp_path_factory.mktemp("accessibility")
    database = prepare_demo_database(folder)
    server = start_server(folder / "serving", "--database", database, demo=False)
    yield server
    assert_graceful_shutdown(server)


def violations(driver) -> list[str]:
    """axe's serious and critical findings on the page the browser shows."""
    script = resources.files("axe_core_python").joinpath("axe.min.js").read_text()
    driver.execute_script(script)
    found = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
        " ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))));")
    return [f"{v['id']} ({v['impact']}) at {v['nodes']}" for v in found if v["impact"] in SERIOUS]


def test_no_page_type_has_a_serious_accessibility_violation(site):
    driver = chrome()
    driver.set_script_timeout(60)
    problems: dict[str, list[str]] = {}
    try:
        base = site.base_url
        driver.get(base + "/")
        article = re.search(r'href="(/world/\d+/[^"]+)"', driver.page_source).group(1)
        driver.get(base + article)
        tag = re.search(r'href="(/tag/[^"]+)"', driver.page_source).group(1)
        author = re.search(r'href="(/author/[^"]+)"', driver.page_source).group(1)
        reader = dict(READER_PAGES, article=article, tag=tag, author=author, **{"not-found": "/no-such-page"})
        for name, path in reader.items():
            driver.get(base + path)
            problems[name] = violations(driver)
        driver.get(base + "/newsroom/login")
        driver.find_element(By.ID, "email").send_keys(EMAIL)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(driver, WAIT).until(lambda d: d.current_url.endswith("/newsroom"))
        newsroom = dict(NEWSROOM_PAGES, **{"picture-focus": picture_focus_path(site)})
        for name, path in newsroom.items():
            driver.get(base + path)
            problems["newsroom " + name] = violations(driver)
    finally:
        driver.quit()
    found = {page: found for page, found in problems.items() if found}
    assert not found, found
