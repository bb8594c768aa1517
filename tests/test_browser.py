"""Headless Chromium through the site: search -> quote -> speaker, and no script runs.

Screenshots go to test-output/screenshots/ so a person can look at the pages.
Skipped only when no Chromium binary is installed.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest

from web_helpers import ROOT, SCRIPT_QUOTE, quote_id_of, sample_site

pytestmark = pytest.mark.browser

SCREENSHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
    "--no-first-run", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with sample_site(tmp_path_factory.mktemp("browser")) as (url, _):
        yield url


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    if executable is None:
        pytest.skip("chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page that records any dialog (alert) instead of blocking on it."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    opened.dialogs = []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_search_to_quote_to_speaker(page, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.locator("h1").inner_text() == "Who said what, and when"
    shoot(page, "01-home")

    page.fill("form.qsearch input[name=q]", "erdogan everywhere")
    page.click("form.qsearch button")
    page.wait_for_url("**/search?q=*")
    results = page.locator("ol.results li.quote")
    assert results.count() >= 1
    assert page.locator("ol.results mark").first.is_visible()
    assert "everywhere" in page.locator("ol.results mark").all_inner_texts()
    assert page.locator(".facet-outlet").is_visible()
    shoot(page, "02-search")

    results.first.locator("blockquote a").click()
    page.wait_for_url("**/quote/*")
    assert "everywhere" in page.locator("#quote-text").inner_text()
    assert page.locator("mark.quote-mark").is_visible()
    facts = page.locator("dl.qfacts").inner_text()
    assert "Outlet" in facts and "Recep Tayyip Erdoğan" in page.locator("a.speaker").inner_text()
    shoot(page, "03-quote")

    page.click("a.speaker")
    page.wait_for_url("**/speaker/*")
    assert page.locator("#speaker-name").inner_text() == "Recep Tayyip Erdoğan"
    assert page.locator("svg.month-chart").is_visible()
    assert page.locator("svg.month-chart rect").count() == 5
    assert page.locator("ul.quotes li.quote").count() >= 5
    shoot(page, "04-speaker")
    assert page.dialogs == []


def test_date_filter_and_facet_in_the_browser(page, base_url: str) -> None:
    page.goto(base_url + "/search?q=idlib")
    page.fill("input[name=from]", "2020-03-01")
    page.fill("input[name=to]", "2020-03-31")
    page.click("form.qfilters button")
    page.wait_for_url("**from=2020-03-01**")
    dates = page.locator("ol.results .qmeta").all_inner_texts()
    assert dates and all("2020-03" in text for text in dates)
    page.click(".facet-lang a:text-is('en')")
    page.wait_for_url("**lang=en**")
    assert page.locator(".facet-lang li.selected").count() == 1
    shoot(page, "05-search-filtered")


def test_script_quote_is_text_and_never_runs(page, base_url: str) -> None:
    page.goto(f"{base_url}/quote/{quote_id_of(SCRIPT_QUOTE)}")
    assert page.locator("#quote-text").inner_text() == f"“{SCRIPT_QUOTE}”"
    assert "<img src=x onerror=alert(2)>" in page.locator("a.speaker").inner_text()
    shoot(page, "06-script-quote")
    page.goto(base_url + "/search?q=script")
    assert SCRIPT_QUOTE in page.locator("ol.results").inner_text()
    page.goto(base_url + "/speaker/5")
    page.goto(base_url + "/quotes/quotes?_search=script")
    page.wait_for_timeout(200)
    assert page.dialogs == []
