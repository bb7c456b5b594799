"""Peer Practice in the browser: `python app.py`, or `build_app(runtime)` from tests.

The page is laid out by small `render_*` helpers that register components by name in one
dict; `wire_events` connects them to the handlers in `studio/` in one place. Handlers are
module-level functions taking the app's `Studio` first (bound here with `studio.binding.bind`,
which keeps each function's name as its API name). Per-user state in the browser is only a
session id in `gr.State`; the live session stays on the server.
"""

from __future__ import annotations

import logging
import os
import threading

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from simulator.runtime import Runtime  # noqa: E402
from studio import history, persona_studio, practice  # noqa: E402
from studio.binding import bind  # noqa: E402
from studio.chat_view import persona_card, persona_choices  # noqa: E402
from studio.context import Studio  # noqa: E402
from studio.feedback_view import FEEDBACK_PLACEHOLDER  # noqa: E402
from studio.header import whoami  # noqa: E402
from studio.persona_form import FORM_FIELDS  # noqa: E402
from studio.theme import CSS, make_theme  # noqa: E402

log = logging.getLogger("peer_practice.app")
Components = dict[str, gr.components.Component | gr.blocks.BlockContext]

FORM_LAYOUT: tuple[tuple[str, ...], ...] = (
    ("id", "name", "age", "pronouns"),
    ("difficulty", "initial_trust", "context"),
    ("summary",),
    ("opening_line",),
    ("background", "communication_style"),
    ("presenting_concerns", "strengths", "hopes"),
    ("facilitator_notes",),
)


class StudioBlocks(gr.Blocks):
    """Blocks whose `launch()` defaults to the studio's theme, CSS, host/port and login."""

    def __init__(self, studio: Studio, **kwargs):
        super().__init__(**kwargs)
        self.studio = studio

    def launch(self, **kwargs):  # type: ignore[override]
        settings = self.studio.runtime.settings
        kwargs.setdefault("server_name", settings.host)
        kwargs.setdefault("server_port", settings.port)
        kwargs.setdefault("theme", make_theme())
        kwargs.setdefault("css", CSS)
        kwargs.setdefault("ssr_mode", False)
        if self.studio.users is not None:
            kwargs.setdefault("auth", self.studio.users.authenticate)
            kwargs.setdefault("auth_message", "Peer Practice: sign in with the account your programme gave you.")
        return super().launch(**kwargs)


# -- layout ----------------------------------------------------------------------------------
def render_header(c: Components) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(scale=4, min_width=300):
            gr.Markdown(
                "# Peer Practice\nPractise peer-support conversations with a simulated client; "
                "get feedback on every turn and a debrief at the end.",
                elem_id="pp-title",
            )
        with gr.Column(scale=1, min_width=200):
            c["user_badge"] = gr.HTML()


def render_picker(c: Components, studio: Studio) -> None:
    personas = studio.runtime.library().personas
    choices = persona_choices(personas)
    first = choices[0][1] if choices else None
    with gr.Row(visible=True, equal_height=False) as c["picker_box"]:
        with gr.Column(scale=3):
            c["persona_pick"] = gr.Radio(
                choices=choices, value=first, label="Who would you like to talk with?", elem_id="pp-persona-pick",
            )
        with gr.Column(scale=2, min_width=300):
            c["persona_card"] = gr.HTML(persona_card(personas.get(first or "")))
            c["assessment"] = gr.Checkbox(
                label="Assessment mode: hide feedback and trust until the debrief", value=False,
            )
            c["start_btn"] = gr.Button("Start conversation", variant="primary", elem_id="pp-start")


def render_chat(c: Components) -> None:
    with gr.Row(visible=False, equal_height=False) as c["chat_box"]:
        with gr.Column(scale=3, min_width=420):
            c["chat_header"] = gr.HTML()
            c["chat"] = gr.Chatbot(
                show_label=False, height=390, elem_id="pp-chat", feedback_options=None,
                buttons=["copy_all"], placeholder="The conversation appears here.",
            )
            with gr.Row(equal_height=True):
                c["message"] = gr.Textbox(
                    # lines=1: Enter sends (Gradio sends on Shift+Enter when lines > 1); it grows to 6.
                    show_label=False, lines=1, max_lines=6, scale=6, elem_id="pp-message",
                    placeholder="Say something… (Enter sends, Shift+Enter for a new line)",
                )
                c["send_btn"] = gr.Button("Send", variant="primary", scale=1, min_width=80, elem_id="pp-send")
            with gr.Row():
                c["resend_btn"] = gr.Button("Resend (ask the client again)", visible=False, elem_id="pp-resend")
                c["end_btn"] = gr.Button("End session…", variant="secondary", elem_id="pp-end")
            with gr.Row(visible=False, elem_id="pp-confirm") as c["confirm_row"]:
                gr.Markdown("**End this session and see your debrief?** You can't add turns afterwards.")
                c["confirm_end_btn"] = gr.Button("Yes, end it", variant="stop", elem_id="pp-confirm-end")
                c["cancel_end_btn"] = gr.Button("Keep talking")
        with gr.Column(scale=2, min_width=320):
            c["trust"] = gr.HTML(elem_id="pp-trust")
            c["feedback"] = gr.HTML(FEEDBACK_PLACEHOLDER, elem_id="pp-feedback")


def render_debrief(c: Components, prefix: str = "", start_over: bool = False) -> None:
    """The debrief block: Markdown (with the MITI table), two plots, downloads."""
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            c[f"{prefix}debrief_md"] = gr.Markdown(elem_id=f"pp-{prefix}debrief")
        with gr.Column(scale=2, min_width=320):
            c[f"{prefix}scores_plot"] = gr.Plot(
                label="Scores over turns", show_label=False, format="png", elem_id=f"pp-{prefix}scores-plot")
            c[f"{prefix}trust_plot"] = gr.Plot(
                label="Trust over turns", show_label=False, format="png", elem_id=f"pp-{prefix}trust-plot")
            with gr.Row():
                c[f"{prefix}download_md"] = gr.DownloadButton("Download Markdown", size="md")
                c[f"{prefix}download_json"] = gr.DownloadButton("Download JSON", size="md")
            if start_over:
                c["start_over_btn"] = gr.Button("Start over", variant="primary", elem_id="pp-start-over")


def render_practice(c: Components, studio: Studio) -> None:
    c["session_id"] = gr.State(None)
    render_picker(c, studio)
    render_chat(c)
    with gr.Column(visible=False) as c["debrief_box"]:
        render_debrief(c, start_over=True)


def render_history(c: Components) -> None:
    with gr.Row():
        # Custom values allowed: the handler, not the list, decides what this user may open.
        c["history_pick"] = gr.Dropdown(label="Open a session", choices=[], scale=4, allow_custom_value=True)
        c["history_open_btn"] = gr.Button("Open", variant="primary", scale=1, min_width=80)
        c["history_refresh_btn"] = gr.Button("Refresh", scale=1, min_width=80)
    c["history_table"] = gr.Dataframe(
        headers=history.HISTORY_HEADERS, interactive=False, max_height=260, wrap=True,
        label="Your sessions (mean scores; unscored turns left out)",
    )
    with gr.Column(visible=False) as c["history_detail"]:
        render_debrief(c, prefix="history_")
        with gr.Accordion("Transcript with per-turn scores", open=False):
            c["history_transcript"] = gr.Markdown()


def render_form(c: Components) -> None:
    fields = {f.name: f for f in FORM_FIELDS}
    for row in FORM_LAYOUT:
        with gr.Row(equal_height=False):
            for name in row:
                f = fields[name]
                with gr.Column(min_width=160):
                    kwargs = {"label": f.label, "info": f.info or None}
                    if f.kind == "number":
                        widget = gr.Number(precision=0, **kwargs)  # limits are checked by Validate, inline
                    elif f.kind == "trust":
                        widget = gr.Slider(0, 1, step=0.05, **kwargs)
                    elif f.kind == "difficulty":
                        widget = gr.Dropdown(["beginner", "intermediate", "advanced"], **kwargs)
                    else:
                        widget = gr.Textbox(lines=f.lines, max_lines=max(f.lines, 12), **kwargs)
                    c[f"pf_{name}"] = widget
                    c[f"pe_{name}"] = gr.Markdown(visible=False, elem_classes="pp-field-error")


def render_persona_studio(c: Components) -> None:
    c["ps_editor"] = gr.State("form")
    c["ps_session_id"] = gr.State(None)
    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=260):
            c["ps_pick"] = gr.Dropdown(label="Persona", choices=[], allow_custom_value=True)
            with gr.Row():
                c["ps_open_btn"] = gr.Button("Open", variant="primary", min_width=60)
                c["ps_dup_btn"] = gr.Button("Duplicate", min_width=60)
                c["ps_new_btn"] = gr.Button("New", min_width=60)
            c["ps_table"] = gr.HTML(elem_id="pp-persona-list")
            c["ps_library_errors"] = gr.Markdown()
        with gr.Column(scale=3, min_width=500):
            with gr.Row(equal_height=True):
                c["ps_status"] = gr.Markdown("Open a persona, or start a new one from the template.")
                c["ps_validate_btn"] = gr.Button("Validate", size="md", min_width=90, scale=0)
                c["ps_save_btn"] = gr.Button("Save", variant="primary", size="md", min_width=90, scale=0)
                c["ps_try_btn"] = gr.Button("Try it in a test chat", size="md", min_width=160, scale=0)
            with gr.Tabs():
                with gr.Tab("Form", id="form") as c["ps_form_tab"]:
                    render_form(c)
                with gr.Tab("YAML", id="yaml") as c["ps_yaml_tab"]:
                    c["ps_yaml_errors"] = gr.Markdown(elem_classes="pp-field-error")
                    c["ps_yaml"] = gr.Code(
                        language="yaml", lines=22, max_lines=40, label="Persona YAML", wrap_lines=True,
                        interactive=True, elem_id="pp-yaml",
                    )
    with gr.Row(visible=False, equal_height=False) as c["ps_chat_box"]:
        with gr.Column(scale=3):
            c["ps_chat_header"] = gr.HTML()
            c["ps_chat"] = gr.Chatbot(
                show_label=False, height=320, feedback_options=None, buttons=["copy_all"], elem_id="pp-ps-chat")
            with gr.Row():
                c["ps_message"] = gr.Textbox(show_label=False, lines=1, max_lines=6, scale=6, placeholder="Test a turn…")
                c["ps_send_btn"] = gr.Button("Send", variant="primary", scale=1, min_width=80)
            c["ps_resend_btn"] = gr.Button("Resend", visible=False)
        with gr.Column(scale=2):
            c["ps_trust"] = gr.HTML(elem_id="pp-ps-trust")
            c["ps_feedback"] = gr.HTML(elem_id="pp-ps-feedback")


# -- events -----------------------------------------------------------------------------------
FOCUS_MESSAGE = "() => { const el = document.querySelector('#pp-message textarea'); if (el) el.focus(); }"


def wire_events(app: gr.Blocks, studio: Studio, c: Components) -> None:
    def b(fn):
        return bind(fn, studio)

    def o(names):
        return [c[n] for n in names]

    model_slots = 1 if studio.runtime.settings.client_backend == "local" else 4
    chat_kwargs = {"concurrency_id": "client_model", "concurrency_limit": model_slots, "trigger_mode": "once"}

    app.load(b(whoami), None, [c["user_badge"], c["persona_tab"]])
    app.load(b(practice.picker_choices), [c["persona_pick"]], o(practice.PICKER_OUTPUTS))

    # Practice
    c["persona_pick"].input(b(practice.describe_persona), [c["persona_pick"]], [c["persona_card"]])
    c["start_btn"].click(b(practice.start_session), [c["persona_pick"], c["assessment"]], o(practice.START_OUTPUTS)).then(
        None, js=FOCUS_MESSAGE, api_visibility="private")
    gr.on([c["message"].submit, c["send_btn"].click], b(practice.send_message),
          [c["session_id"], c["message"]], o(practice.SEND_OUTPUTS), **chat_kwargs
          ).then(None, js=FOCUS_MESSAGE, api_visibility="private")
    c["resend_btn"].click(b(practice.resend_reply), [c["session_id"]], o(practice.SEND_OUTPUTS), **chat_kwargs)
    c["end_btn"].click(practice.ask_to_end, None, [c["confirm_row"]], api_visibility="private")
    c["cancel_end_btn"].click(practice.cancel_end, None, [c["confirm_row"]], api_visibility="private")
    c["confirm_end_btn"].click(b(practice.end_session), [c["session_id"]], o(practice.END_OUTPUTS))
    c["start_over_btn"].click(b(practice.start_over), [c["session_id"]], o(practice.OVER_OUTPUTS)).then(
        b(practice.picker_choices), [c["persona_pick"]], o(practice.PICKER_OUTPUTS))

    # History
    gr.on([c["history_tab"].select, c["history_refresh_btn"].click], b(history.list_history),
          None, o(history.LIST_OUTPUTS))
    c["history_open_btn"].click(b(history.open_history), [c["history_pick"]], o(history.OPEN_OUTPUTS))

    # Persona studio
    ps = persona_studio
    fields = o(ps.FIELD_NAMES)
    gr.on([c["persona_tab"].select], b(ps.list_personas), [c["ps_pick"]], o(ps.LIST_OUTPUTS))
    c["ps_open_btn"].click(b(ps.open_persona), [c["ps_pick"]], o(ps.EDITOR_OUTPUTS))
    c["ps_new_btn"].click(b(ps.new_persona), None, o(ps.EDITOR_OUTPUTS))
    c["ps_dup_btn"].click(b(ps.duplicate_persona), [c["ps_pick"]], o(ps.EDITOR_OUTPUTS))
    c["ps_yaml_tab"].select(ps.show_yaml, [c["ps_yaml"], *fields], [c["ps_yaml"], c["ps_editor"], c["ps_status"]],
                            api_visibility="private")
    c["ps_form_tab"].select(ps.show_form, [c["ps_yaml"]], [*fields, c["ps_editor"], c["ps_status"]],
                            api_visibility="private")
    sync = (ps.sync_form, [c["ps_editor"], c["ps_yaml"], *fields], [c["ps_yaml"]])
    c["ps_validate_btn"].click(*sync, api_visibility="private").then(
        b(ps.validate_persona), [c["ps_yaml"]], o(ps.CHECK_OUTPUTS))
    c["ps_save_btn"].click(*sync, api_visibility="private").then(
        b(ps.save_persona), [c["ps_yaml"]], o(ps.CHECK_OUTPUTS)).then(
        b(ps.list_personas), [c["ps_pick"]], o(ps.LIST_OUTPUTS))
    c["ps_try_btn"].click(*sync, api_visibility="private").then(
        b(ps.try_persona), [c["ps_yaml"]], o(ps.TRY_OUTPUTS))
    test_outputs = [c["ps_chat"], c["ps_message"], c["ps_send_btn"], c["ps_resend_btn"], c["ps_feedback"], c["ps_trust"]]
    gr.on([c["ps_message"].submit, c["ps_send_btn"].click], b(ps.send_test_message),
          [c["ps_session_id"], c["ps_message"]], test_outputs, **chat_kwargs)
    c["ps_resend_btn"].click(b(practice.resend_reply), [c["ps_session_id"]], test_outputs, **chat_kwargs)


def build_app(runtime: Runtime | None = None) -> gr.Blocks:
    """The whole studio for one runtime; `.launch()` applies theme, CSS, host/port and login."""
    runtime = runtime or Runtime()
    studio = Studio.create(runtime)
    c: Components = {}
    with StudioBlocks(studio, title="Peer Practice", analytics_enabled=False) as app:
        render_header(c)
        with gr.Tabs():
            with gr.Tab("Practice", id="practice"):
                render_practice(c, studio)
            with gr.Tab("History", id="history") as c["history_tab"]:
                render_history(c)
            with gr.Tab("Persona studio", id="personas", visible=not studio.login_required) as c["persona_tab"]:
                render_persona_studio(c)
        wire_events(app, studio, c)
    return app


def warm_up(runtime: Runtime) -> None:
    """Load the client model in the background so the first Start is not the slow one."""
    def load() -> None:
        try:
            runtime.model()
        except Exception as exc:  # noqa: BLE001 - reported again, clearly, on Start
            log.warning("the client model could not be prepared: %s", exc)

    threading.Thread(target=load, name="model-warm-up", daemon=True).start()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    runtime = Runtime()
    warm_up(runtime)
    build_app(runtime).queue(default_concurrency_limit=4).launch()


if __name__ == "__main__":
    main()
