"""The look: a calm Soft theme on system fonts (nothing fetched from the network) and small CSS.

Why system fonts: the studio must run offline, and a training room's laptops already have a
readable UI font; no web font is requested from anywhere, local or remote.
"""

from __future__ import annotations

import gradio as gr

SANS = ("system-ui", "-apple-system", "'Segoe UI'", "Roboto", "'Helvetica Neue'", "Arial", "sans-serif")
MONO = ("ui-monospace", "'SFMono-Regular'", "Menlo", "Consolas", "'Liberation Mono'", "monospace")


def make_theme() -> gr.themes.Base:
    return gr.themes.Soft(primary_hue="teal", secondary_hue="sky", neutral_hue="slate", font=SANS, font_mono=MONO)


CSS = """
.gradio-container { max-width: 1320px !important; }
#pp-title h1 { font-size: 1.35rem; margin: 0; }
.pp-whoami { text-align: right; font-size: 0.9rem; padding-top: 0.4rem; }
#pp-title p { margin: 0.1rem 0 0; color: var(--body-text-color-subdued); }
.pp-panel { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 0.7rem 0.85rem;
  background: var(--background-fill-primary); font-size: 0.92rem; line-height: 1.4; }
.pp-panel h3 { margin: 0 0 0.45rem; font-size: 1rem; }
.pp-muted { color: var(--body-text-color-subdued); }
.pp-scores { display: grid; gap: 0.35rem; }
.pp-score { display: grid; grid-template-columns: 2.1rem 1fr auto; align-items: center; column-gap: 0.5rem;
  border-radius: 8px; padding: 0.3rem 0.5rem; border-left: 6px solid; }
.pp-score-num { font-weight: 700; font-size: 1.15rem; text-align: center; }
.pp-score-name { font-weight: 600; }
.pp-score-word { font-weight: 600; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.02em; }
.pp-score-why { grid-column: 2 / 4; font-size: 0.84rem; opacity: 0.9; }
.pp-l0 { background: #f1f5f9; border-color: #94a3b8; color: #334155; }
.pp-l1 { background: #fee2e2; border-color: #dc2626; color: #7f1d1d; }
.pp-l2 { background: #ffedd5; border-color: #ea580c; color: #7c2d12; }
.pp-l3 { background: #fef9c3; border-color: #ca8a04; color: #713f12; }
.pp-l4 { background: #dcfce7; border-color: #16a34a; color: #14532d; }
.pp-l5 { background: #bbf7d0; border-color: #15803d; color: #14532d; }
.pp-row { margin-top: 0.5rem; }
.pp-key { font-weight: 600; margin-right: 0.35rem; }
.pp-tag { display: inline-block; border-radius: 999px; padding: 0.05rem 0.55rem; margin: 0.1rem 0.1rem;
  font-size: 0.82rem; border: 1px solid; }
.pp-tag-good { background: #ecfdf5; border-color: #34d399; color: #065f46; }
.pp-tag-bad { background: #fef2f2; border-color: #f87171; color: #991b1b; }
.pp-tag-neutral { background: #f8fafc; border-color: #cbd5e1; color: #334155; }
.pp-evidence { margin: 0.2rem 0 0 1.1rem; padding: 0; font-style: italic; }
.pp-suggest { margin-top: 0.55rem; padding: 0.45rem 0.6rem; border-radius: 8px; background: #eff6ff;
  border: 1px solid #93c5fd; color: #1e3a8a; }
.pp-flag { margin-top: 0.5rem; padding: 0.45rem 0.6rem; border-radius: 8px; background: #fff7ed;
  border: 1px solid #fb923c; color: #7c2d12; }
.pp-earlier { margin-top: 0.55rem; font-size: 0.85rem; }
.pp-earlier ul { list-style: none; margin: 0.3rem 0 0; padding: 0; }
.pp-chip { display: inline-block; min-width: 1.6rem; text-align: center; border-radius: 6px; margin-left: 0.25rem;
  border-left: 4px solid; font-weight: 600; }
.pp-trust-head { display: flex; justify-content: space-between; font-weight: 600; }
.pp-meter { height: 12px; border-radius: 999px; background: #e2e8f0; overflow: hidden; margin: 0.35rem 0; }
.pp-meter-fill { height: 100%; background: linear-gradient(90deg, #f97316, #eab308 45%, #22c55e); }
.pp-delta { font-size: 0.85rem; }
.pp-up { color: #15803d; } .pp-down { color: #b91c1c; }
.pp-nerve { margin-top: 0.35rem; color: #991b1b; font-size: 0.88rem; }
.pp-layers { margin: 0.35rem 0 0; padding: 0; font-size: 0.85rem; list-style: none; }
.pp-card h3 { display: flex; gap: 0.5rem; align-items: center; }
.pp-card p { margin: 0.4rem 0; }
.pp-diff { font-size: 0.75rem; border-radius: 999px; padding: 0.05rem 0.5rem; font-weight: 600; }
.pp-diff-beginner { background: #dcfce7; color: #14532d; }
.pp-diff-intermediate { background: #fef9c3; color: #713f12; }
.pp-diff-advanced { background: #fee2e2; color: #7f1d1d; }
.pp-chat-head { display: flex; gap: 0.6rem; align-items: baseline; flex-wrap: wrap; font-size: 1rem; }
.pp-badge { font-size: 0.78rem; background: #e0f2fe; color: #075985; border-radius: 999px; padding: 0.05rem 0.55rem; }
#pp-persona-pick .wrap { display: grid !important; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.35rem; }
#pp-confirm { border: 1px solid #fca5a5; border-radius: 10px; padding: 0.5rem 0.7rem; background: #fef2f2;
  align-items: center; }
.pp-persona-list { list-style: none; margin: 0; padding: 0; font-size: 0.88rem; }
.pp-persona-list li { padding: 0.3rem 0.1rem; border-bottom: 1px solid var(--border-color-primary); }
.pp-field-error, .pp-field-error * { color: #b91c1c !important; font-size: 0.86rem; }
.pp-field-error p { margin: 0.1rem 0; }
#pp-debrief table, #pp-history_debrief table { font-size: 0.88rem; }
#pp-debrief td:nth-child(2), #pp-debrief td:nth-child(3), #pp-debrief th,
#pp-history_debrief td:nth-child(2), #pp-history_debrief td:nth-child(3), #pp-history_debrief th { white-space: nowrap; }
#pp-debrief h1, #pp-history_debrief h1 { font-size: 1.4rem; }
/* Gradio's Clear only empties the screen, not the session: hidden to avoid confusion. */
#pp-chat button[aria-label="Clear"], #pp-chat button[title="Clear"],
#pp-ps-chat button[aria-label="Clear"], #pp-ps-chat button[title="Clear"] { display: none; }
#pp-debrief h2, #pp-history_debrief h2 { font-size: 1.1rem; margin-top: 1rem; }
#pp-debrief h3, #pp-history_debrief h3 { font-size: 0.98rem; }
"""
