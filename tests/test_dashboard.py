"""The dashboard at /yamabiko/ui in a real headless browser (Debian's chromium, driven by
Playwright): it signs in with the admin token, shows the figures of /yamabiko/stats after known
traffic, and its buttons invalidate an entry and report a wrong hit."""

from __future__ import annotations

import shutil

import httpx
import pytest
from gateway_support import ADMIN, running_stack
from playwright.sync_api import sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-extensions",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield browser
        browser.close()


def chat(url: str, text: str, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/chat/completions",
        headers={"Authorization": "Bearer sk-test", **headers},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]},
    )


def value(page, ident: str) -> str:
    return page.get_attribute(f"#{ident}", "data-value")


def test_the_page_shows_the_stats_and_its_buttons_work(stack, browser):
    url = stack.url
    first = "What is the capital of Australia?"
    second = "How many legs does a spider have?"
    assert chat(url, first).headers["x-yamabiko-cache"] == "miss"
    assert chat(url, second).headers["x-yamabiko-cache"] == "miss"
    bypass = chat(url, first, **{"Cache-Control": "no-cache"})  # stored again: replaces
    assert bypass.headers["x-yamabiko-cache"].startswith("bypass")
    hits = [chat(url, first) for _ in range(2)] + [chat(url, second)]
    assert [h.headers["x-yamabiko-cache"] for h in hits] == ["hit"] * 3
    stats = httpx.get(f"{url}/yamabiko/stats", headers=stack.admin_headers).json()

    page = browser.new_page()
    page.set_default_timeout(10_000)
    response = page.goto(f"{url}/yamabiko/ui")
    assert response.status == 401  # the sign-in form
    page.fill("#token", "not-the-token-at-all")
    page.click("#sign-in")
    assert "not the admin token" in page.text_content("#login-error")
    page.fill("#token", ADMIN)
    page.click("#sign-in")
    page.wait_for_selector("#hit-rate")

    gateway = stats["gateway"]
    assert float(value(page, "hit-rate")) == gateway["hit_rate"] == 0.6
    assert page.text_content("#hit-rate") == "60.0 %"
    assert int(value(page, "requests")) == gateway["requests"] == 6
    assert int(value(page, "hits")) == gateway["by_outcome"]["hit"] == 3
    assert int(value(page, "misses")) == gateway["by_outcome"]["miss"] == 2
    assert int(value(page, "bypasses")) == gateway["by_outcome"]["bypass"] == 1
    assert int(value(page, "entries")) == stats["cache"]["entries"] == 2
    saved = sum(gateway["tokens_saved"].values())
    assert int(value(page, "tokens-saved")) == saved > 0
    assert float(value(page, "saved-usd")) == gateway["estimated_cost_saved_usd"] > 0
    # latency by outcome, the similarity histogram, recent requests with their reason
    assert page.text_content('#latency tr[data-outcome="hit"] td:nth-child(2)') == "3"
    assert page.text_content('#latency tr[data-outcome="miss"] td:nth-child(2)') == "2"
    hit_bins = page.locator('#similarity tr[data-kind="hit"] td').all_text_contents()
    assert sum(int(n) for n in hit_bins) == 3
    assert page.locator("#recent tr.hit").count() == 3
    assert page.locator("#recent tr.bypass td:nth-child(4)").text_content() == "no-cache"
    assert first in page.locator("#recent tr.miss .prompt").all_text_contents()
    # the top entries: the one hit twice first
    top = page.locator("#top tr[data-entry]")
    assert top.count() == 2 and first in top.first.text_content()
    doomed = top.first.get_attribute("data-entry")
    assert doomed == hits[0].headers["x-yamabiko-entry"]

    with page.expect_navigation():
        page.click(f'#top button.invalidate[data-entry="{doomed}"]')
    page.wait_for_selector("#hit-rate")
    assert f"invalidated {doomed}: removed 1" in page.text_content("#status")
    assert page.locator(f'#top tr[data-entry="{doomed}"]').count() == 0
    assert int(value(page, "entries")) == 1
    found = httpx.get(f"{url}/yamabiko/entries?id={doomed}", headers=stack.admin_headers)
    assert found.json()["entries"] == []
    assert chat(url, first).headers["x-yamabiko-cache"] == "miss"  # it took effect

    # mark a hit wrong from the recent requests
    page.reload()
    wrong = hits[2].headers["x-yamabiko-entry"]
    with page.expect_navigation():
        page.locator(f'#recent button.wrong[data-entry="{wrong}"]').first.click()
    page.wait_for_selector("#hit-rate")
    assert "marked wrong" in page.text_content("#status")
    after = httpx.get(f"{url}/yamabiko/stats", headers=stack.admin_headers).json()
    assert after["gateway"]["feedback_wrong"] == 1
    assert chat(url, second).headers["x-yamabiko-cache"] == "miss"
    page.close()


def test_the_session_cookie_needs_the_csrf_header_to_change_anything(stack):
    with httpx.Client(base_url=stack.url) as client:
        assert client.get("/yamabiko/ui").status_code == 401
        signed = client.post("/yamabiko/ui/login", data={"token": ADMIN})
        assert signed.status_code == 303 and "HttpOnly" in signed.headers["set-cookie"]
        assert ADMIN not in signed.headers["set-cookie"]
        assert client.get("/yamabiko/ui").status_code == 200
        assert client.get("/yamabiko/stats").status_code == 200  # reading: the cookie is enough
        forged = client.post("/yamabiko/invalidate", json={"all": True})
        assert forged.status_code == 401  # a change needs X-Yamabiko-CSRF as well
        page = client.get("/yamabiko/ui").text
        csrf = page.split('name="yamabiko-csrf" content="')[1].split('"')[0]
        ok = client.post(
            "/yamabiko/invalidate", json={"id": "none"}, headers={"X-Yamabiko-CSRF": csrf}
        )
        assert ok.status_code == 200 and ok.json() == {"removed": 0}
        client.post("/yamabiko/ui/logout")
        assert client.get("/yamabiko/ui").status_code == 401


def test_the_page_with_a_bearer_token_and_without_an_admin_token(stack, embedder, tmp_path):
    page = httpx.get(f"{stack.url}/yamabiko/ui", headers=stack.admin_headers)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<script>" in page.text and "Top entries" in page.text
    with running_stack(embedder, tmp_path, admin_token=None) as bare:
        closed = httpx.get(f"{bare.url}/yamabiko/ui")
        assert closed.status_code == 403 and "admin_token" in closed.text
