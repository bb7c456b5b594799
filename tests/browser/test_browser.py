"""The studio in headless Chromium: pick a persona, two turns, feedback, end, debrief with plot.

A screenshot of each step is saved under test-output/browser/ for a human to look at. The
fake client model sleeps a moment before answering so the test can see the input disabled
while the client answers. Every request the page makes must stay on 127.0.0.1 (offline).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from serving import serve  # tests/serving.py

from evaluators.registry import get_evaluator
from simulator.fakes import RecordingChatModel
from simulator.runtime import Runtime
from simulator.settings import load_settings

pytestmark = pytest.mark.browser

TEST_PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
REPLIES = [
    "I mean, it's been a lot. Double shifts at the diner, my back's killing me.",
    "Yeah, okay. I guess.",
]


def slow_replies():
    state = {"n": 0}

    def respond(messages) -> str:
        time.sleep(0.8)
        reply = REPLIES[state["n"] % len(REPLIES)]
        state["n"] += 1
        return reply

    return respond


@pytest.fixture
def studio_url(tmp_path: Path):
    from app import build_app

    s = load_settings({}, data_dir=tmp_path / "data", client_backend="fake", persona_dirs=[TEST_PERSONAS], seed=7)
    runtime = Runtime(settings=s, client_model=RecordingChatModel(responder=slow_replies()), evaluator=get_evaluator("local"))
    yield from serve(build_app(runtime))
    runtime.store.close()


def test_practice_session_in_the_browser(browser_page, studio_url: str, shots: Path):
    from playwright.sync_api import expect

    page = browser_page
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:") else None)
    page.set_default_timeout(20_000)

    page.goto(studio_url)
    expect(page.get_by_text("Who would you like to talk with?")).to_be_visible()
    page.get_by_text("Sam Ortiz · beginner").click()
    expect(page.locator(".pp-card")).to_contain_text("Line cook")
    page.screenshot(path=str(shots / "01-picker.png"))

    page.locator("#pp-start").click()
    expect(page.locator("#pp-chat")).to_contain_text("not really sure what we're supposed to talk about")
    page.screenshot(path=str(shots / "02-started.png"))

    box = page.locator("#pp-message textarea")
    box.fill("It sounds like these long shifts are wearing you down.")
    box.press("Enter")
    expect(box).to_be_disabled()  # input is off while the client answers
    expect(page.locator("#pp-feedback")).to_contain_text("Your turn 1")
    expect(page.locator("#pp-chat")).to_contain_text("Double shifts at the diner")
    expect(box).to_be_enabled()
    expect(page.locator("#pp-trust")).to_contain_text("Parts of their story shared")
    page.screenshot(path=str(shots / "03-turn-1-feedback.png"))

    box.fill("You need to tell your boss you can't do doubles anymore.")
    box.press("Enter")
    expect(page.locator("#pp-feedback")).to_contain_text("Your turn 2")
    expect(page.locator("#pp-chat")).to_contain_text("Yeah, okay. I guess.")
    expect(page.locator("#pp-feedback .pp-score").first).to_be_visible()
    expect(page.locator("#pp-feedback")).to_contain_text("Directing")
    page.screenshot(path=str(shots / "04-turn-2-feedback.png"))

    page.locator("#pp-end").click()
    expect(page.locator("#pp-confirm")).to_be_visible()
    page.screenshot(path=str(shots / "05-confirm-end.png"))
    page.locator("#pp-confirm-end").click()

    debrief = page.locator("#pp-debrief")
    expect(debrief).to_contain_text("MITI-style summary")
    expect(debrief).to_contain_text("Reflection-to-question ratio")
    expect(page.locator("#pp-scores-plot img")).to_be_visible()
    expect(page.locator("#pp-trust-plot img")).to_be_visible()
    page.screenshot(path=str(shots / "06-debrief.png"))
    page.screenshot(path=str(shots / "07-debrief-full.png"), full_page=True)

    assert not outside, f"the page fetched from outside 127.0.0.1: {outside[:5]}"


def test_persona_studio_and_history_in_the_browser(browser_page, studio_url: str, shots: Path):
    from playwright.sync_api import expect

    page = browser_page
    page.set_default_timeout(20_000)
    page.goto(studio_url)

    # A short session, so History has something to open.
    page.get_by_text("Sam Ortiz · beginner").click()
    page.locator("#pp-start").click()
    box = page.locator("#pp-message textarea")
    box.fill("What has work been like lately?")
    box.press("Enter")
    expect(page.locator("#pp-feedback")).to_contain_text("Your turn 1")
    expect(box).to_be_enabled()

    page.get_by_role("tab", name="History").click()
    expect(page.get_by_label("Open a session")).to_have_value(re.compile("Sam Ortiz"))
    page.get_by_role("button", name="Open", exact=True).click()
    expect(page.locator("#pp-history_debrief")).to_contain_text("MITI-style summary")
    page.screenshot(path=str(shots / "08-history.png"))

    page.get_by_role("tab", name="Persona studio").click()
    page.get_by_role("button", name="New", exact=True).click()
    age = page.get_by_role("spinbutton", name="Age")
    expect(age).to_have_value("30")
    age.fill("7")
    page.get_by_role("button", name="Validate").click()
    expect(page.locator(".pp-field-error").first).to_contain_text("Fix:")
    page.screenshot(path=str(shots / "09-persona-studio-error.png"), full_page=True)

    page.get_by_role("tab", name="YAML").click()
    expect(page.locator(".cm-content")).to_contain_text("age: 7")
    page.screenshot(path=str(shots / "10-persona-studio-yaml.png"))

    page.get_by_role("button", name="New", exact=True).click()  # a valid template again
    expect(page.locator(".cm-content")).to_contain_text("age: 30")
    page.get_by_role("button", name="Try it in a test chat").click()
    test_box = page.get_by_placeholder("Test a turn…")
    test_box.fill("It sounds like you're not sure where to start.")
    test_box.press("Enter")
    expect(page.locator(".pp-layers")).to_contain_text("the surface")  # instructors see the story layers
    page.locator("#pp-ps-chat").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "11-persona-test-chat.png"))


@pytest.fixture
def login_url(tmp_path: Path):
    from app import build_app
    from studio.users import UserRecord, hash_password, write_users

    users = tmp_path / "users.toml"
    write_users(users, {
        "ana": UserRecord("ana", "trainee", hash_password("ana-password")),
        "ida": UserRecord("ida", "instructor", hash_password("ida-password")),
    })
    s = load_settings({}, data_dir=tmp_path / "data", client_backend="fake", users_file=users)
    runtime = Runtime(settings=s, client_model=RecordingChatModel(), evaluator=get_evaluator("local"))
    yield from serve(build_app(runtime))
    runtime.store.close()


@pytest.mark.parametrize(("user", "sees_studio"), [("ana", False), ("ida", True)])
def test_login_shows_the_persona_studio_to_instructors_only(browser_page, login_url, shots, user, sees_studio):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(login_url)
    page.get_by_label("username").fill(user)
    page.get_by_label("password").fill(f"{user}-password")
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_text(f"Signed in as {user}")).to_be_visible()
    expect(page.get_by_role("tab", name="Persona studio")).to_have_count(1 if sees_studio else 0)
    page.screenshot(path=str(shots / f"12-login-{user}.png"))
