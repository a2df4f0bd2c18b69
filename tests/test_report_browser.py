"""The HTML report in a real headless browser: Debian's chromium driven by selenium's chromedriver.

The session fixture installs chromium, chromium-driver and a Japanese font
with apt when they are missing (tests/browser_setup.sh) and skips, saying
why, only when apt cannot be used. With UPDATE_GOLDEN=1 (`make golden`) the
sample's screenshot is written to docs/report.png, the picture the README
shows; otherwise it goes to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import golden
import pytest
from test_report import handmade_source

from pipeline.report import raw_pos, render_report

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCREENSHOT = ROOT / "docs" / "report.png"

# Headless, no GPU, and nothing that phones home: the test must run offline
# and leave no state behind (fresh profile per session).
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1400,1000", "--hide-scrollbars",
)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    setup = subprocess.run(["bash", str(HERE / "browser_setup.sh")], capture_output=True, text=True, timeout=1800)
    last = (setup.stderr.strip().splitlines() or [""])[-1]
    if setup.returncode == 3:
        pytest.skip(f"cannot install chromium with apt: {last}")
    if setup.returncode != 0:
        pytest.fail(f"tests/browser_setup.sh failed ({setup.returncode}): {setup.stderr[-2000:]}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


def open_page(driver, path: Path, html: str):
    path.write_text(html, encoding="utf-8")
    driver.get(path.as_uri())
    return driver


def by_css(driver, css):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def hover(driver, element) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).move_to_element(element).perform()


def test_repairs_summary_and_details_are_visible(browser, tmp_path):
    from selenium.webdriver.common.by import By

    d = open_page(browser, tmp_path / "report.html", render_report([handmade_source()]))
    assert d.title == "Repair report"

    # the summary tables, with their numbers
    gaps = by_css(d, "section.talk table.summary.gaps")[0]
    assert gaps.is_displayed()
    assert [r.text for r in gaps.find_elements(By.CSS_SELECTOR, "tbody tr")] == ["restored 1 1", "ambiguous 1 1", "unresolved 1 2"]
    assert by_css(d, "table.summary.dropped")[0].is_displayed()
    assert "slides 2" in by_css(d, "table.summary.structure")[0].text

    # every repair is visible and coloured by its status
    marks = {m.get_attribute("class"): m for m in by_css(d, ".made .rp")}
    assert set(marks) == {"rp st-restored cf-hi", "rp st-ambiguous cf-lo", "rp st-unresolved cf-none"}
    assert all(m.is_displayed() for m in marks.values())
    colours = {c: m.value_of_css_property("border-bottom-color") for c, m in marks.items()}
    assert len(set(colours.values())) == 3, colours
    restored = marks["rp st-restored cf-hi"]
    assert restored.find_element(By.CLASS_NAME, "fill").text == "際"

    # candidates and evidence: hidden until hovered ...
    pop = restored.find_element(By.CLASS_NAME, "pop")
    assert not pop.is_displayed()
    hover(d, restored)
    assert pop.is_displayed()
    assert "repetition 国際交流 at line 4" in pop.text and "際 0.97" in pop.text

    # ... or clicked (focus keeps it open without JavaScript)
    ambiguous = marks["rp st-ambiguous cf-lo"]
    hover(d, by_css(d, "h1")[0])
    ambiguous.click()
    pop = ambiguous.find_element(By.CLASS_NAME, "pop")
    assert pop.is_displayed()
    assert "5 0.45" in pop.text and "9 0.44" in pop.text and "numbering a year: any digit fits" in pop.text

    # dropped text: struck through, with its reason shown
    ghost = d.find_element(By.CSS_SELECTOR, '.ln[data-n="6"]')
    assert ghost.find_element(By.TAG_NAME, "del").is_displayed()
    assert "line-through" in ghost.find_element(By.TAG_NAME, "del").value_of_css_property("text-decoration")
    assert ghost.find_element(By.CLASS_NAME, "why").text == "ghost-line"

    # the table of all repairs opens on a click
    row = d.find_element(By.ID, "t1-r2")
    assert not row.is_displayed()
    d.find_element(By.CSS_SELECTOR, "details.all-repairs > summary").click()
    assert row.is_displayed() and "ambiguous" in row.text


def test_sample_report_in_browser(browser, sample_run, tmp_path):
    """The report of the real sample stays light, shows every talk's summary and raw line, and its screenshot.

    The pipeline output is the session's one run of the sample (conftest's ``sample_run``, named ``raw/…``
    as ``make all`` names it); the page's size is asserted as an element count, never as a load time."""
    from selenium.webdriver.common.by import By

    from pipeline import cli

    sources = cli.read_report_sources(sample_run.out)
    talks = [t for s in sources for t in s.talks]
    assert talks
    d = open_page(browser, tmp_path / "report.html", render_report(sources))
    dom = d.execute_script("return document.getElementsByTagName('*').length;")
    assert dom < 30_000, dom

    sections = by_css(d, "section.talk")
    assert len(sections) == len(talks)
    for section, talk in zip(sections, talks):
        d.execute_script("arguments[0].scrollIntoView()", section)
        assert section.find_element(By.CSS_SELECTOR, "table.summary.gaps").is_displayed()
        src = talk.source
        assert len(section.find_elements(By.CSS_SELECTOR, ".raw .ln")) == src.last_line - src.first_line + 1
        # every repair with a raw position inside the talk's lines is marked on the raw side
        placed = [r for r in talk.repairs if raw_pos(r) and src.first_line <= raw_pos(r)[0] <= src.last_line]
        assert len(section.find_elements(By.CSS_SELECTOR, ".raw a.gap[id]")) == len(placed)

    # Screenshot: the first talk's summary and first rows, with a repair's popup open when there is one.
    first = sections[0]
    d.execute_script("arguments[0].scrollIntoView()", first)
    marks = [m for m in first.find_elements(By.CSS_SELECTOR, ".made .rp") if m.is_displayed()]
    with_candidates = [m for m in marks if "no candidate" not in m.find_element(By.CLASS_NAME, "pop").get_attribute("textContent")]
    if with_candidates or marks:
        mark = (with_candidates or marks)[0]
        d.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
        mark.click()
        assert mark.find_element(By.CLASS_NAME, "pop").is_displayed()
        # Show the talk's summary too when the repair still fits below it (focus keeps the popup open).
        d.execute_script("const top = arguments[0].getBoundingClientRect().top, m = arguments[1].getBoundingClientRect();"
                         "if (m.bottom - top < window.innerHeight - 250) window.scrollBy(0, top);", first, mark)
    target = SCREENSHOT if golden.updating() else tmp_path / "report.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert d.save_screenshot(str(target))
    assert target.stat().st_size > 10_000
