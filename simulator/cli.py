"""`peer-practice` (or `python -m simulator`): the researcher's command line.

Subcommands: `simulate` (batch self-play), `export` (JSONL/CSV), `rescore` (apply another
evaluator to logged sessions), `report` (Markdown + PNG + JSON). Each runs on the same
Runtime, Session, evaluators and store as the app, so a batch session is logged exactly like
a trainee's. `main(argv, runtime=...)` lets tests inject a runtime wired to fakes.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from simulator.settings import SettingsError, load_settings
from simulator.trainees import MODES, PROFILE_DESCRIPTIONS, PROFILES

if TYPE_CHECKING:  # the runtime pulls in langchain; `--help` should not wait for it
    from simulator.runtime import Runtime

DESCRIPTION = """\
Peer Practice research toolkit: run simulated trainees against personas, export the logs,
re-score them with another evaluator, and write a validity report.

Typical workflow:
  peer-practice simulate --batch pilot --turns 6 --repeats 2 --concurrency 8
  peer-practice rescore  --batch pilot --evaluator local --arg suggest=false
  peer-practice export   --batch pilot --out exports/pilot [--pseudonymise]
  peer-practice report   --batch pilot --out reports/pilot
"""
EPILOG = """\
Settings come from PEER_PRACTICE_* environment variables (or a peer_practice.toml), e.g.
  PEER_PRACTICE_CLIENT_BACKEND=openai PEER_PRACTICE_OPENAI_BASE_URL=http://gpu-node:8000/v1
  PEER_PRACTICE_CLIENT_MODEL=Qwen/Qwen2.5-7B-Instruct PEER_PRACTICE_DATABASE_URL=sqlite:///runs.db
See docs/RESEARCH.md.
"""


def _csv(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _add_filters(parser: argparse.ArgumentParser, session: bool = False) -> None:
    parser.add_argument("--batch", help="only sessions of this batch")
    parser.add_argument("--user", help="only sessions of this user id")
    parser.add_argument("--kind", help="only sessions of this kind (practice, batch, ...)")
    if session:
        parser.add_argument("--session", action="append", dest="sessions", metavar="ID",
                            help="only this session id (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peer-practice", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", metavar="URL",
                        help="session store, e.g. sqlite:///runs.db (default: PEER_PRACTICE_DATABASE_URL "
                             "or <data dir>/sessions.db)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    profiles = "\n".join(
        textwrap.fill(text, 88, initial_indent=f"  {name:10s}", subsequent_indent=" " * 12)
        for name, text in PROFILE_DESCRIPTIONS.items()
    )
    sim = sub.add_parser(
        "simulate", help="run simulated trainees against personas (batch self-play)",
        description=(
            "Run sessions = personas x profiles x repeats, each for --turns trainee turns, and\n"
            "log them in the session store (kind=batch, batch id, label=profile:mode, seeds).\n\n"
            "Resumable: re-running with the same --batch skips sessions that ended and redoes\n"
            "the others as new sessions (the log is append-only). A failing session is logged\n"
            "and the batch goes on. Exit code: 0 ok, 1 if any session failed, 130 if interrupted.\n\n"
            f"Profiles:\n{profiles}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sim.add_argument("--batch", help="batch name (default: batch-YYYYMMDD-HHMMSS); reuse it to resume")
    sim.add_argument("--personas", type=_csv, default=[], metavar="ID,ID",
                     help="persona ids (default: every persona in the library)")
    sim.add_argument("--profiles", type=_csv, default=list(PROFILES), metavar="P,P",
                     help=f"trainee profiles (default: {','.join(PROFILES)})")
    sim.add_argument("--repeats", type=int, default=1, help="sessions per persona x profile (default 1)")
    sim.add_argument("--turns", type=int, default=6, help="trainee turns per session (default 6)")
    sim.add_argument("--seed", type=int, default=1, help="batch seed: trainee choices and model sampling (default 1)")
    sim.add_argument("--concurrency", type=int, default=1,
                     help="sessions run at once on threads (default 1); raise it for an HTTP backend")
    sim.add_argument("--trainee", choices=MODES, default="scripted",
                     help="scripted utterance banks (fast, offline) or an llm agent (default scripted)")
    sim.add_argument("--trainee-model", metavar="NAME",
                     help="model name for the llm trainee on the client backend (default: the client model)")
    sim.add_argument("--backend", choices=("local", "openai", "fake"),
                     help="client backend for this run (default: PEER_PRACTICE_CLIENT_BACKEND or local)")
    sim.add_argument("--evaluator", metavar="NAME",
                     help="score turns with this evaluator (default: PEER_PRACTICE_EVALUATORS or local)")
    sim.add_argument("--evaluator-arg", action="append", dest="evaluator_args", metavar="K=V",
                     help="argument for --evaluator (repeatable), e.g. classifier=false")
    sim.add_argument("--user", default="batch", help="user id recorded on the sessions (default batch)")
    sim.add_argument("--no-progress", action="store_true", help="no progress bar")

    exp = sub.add_parser("export", help="write sessions, turns, evaluations and states as JSONL/CSV",
                         description="Write sessions, turns, evaluations (original + re-scores) and client "
                                     "states to <out>/<table>.jsonl and .csv; the CSVs load with pandas.read_csv.")
    exp.add_argument("--out", required=True, metavar="DIR", help="output directory")
    _add_filters(exp)
    exp.add_argument("--format", type=_csv, default=["jsonl", "csv"], metavar="F,F",
                     help="jsonl, csv or both (default both)")
    exp.add_argument("--pseudonymise", "--pseudonymize", action="store_true",
                     help="replace persona names, user ids and capitalised names in free text with stable pseudonyms")
    exp.add_argument("--salt", default="", help="salt for the pseudonyms (keep it secret to stop reversal by guessing)")

    res = sub.add_parser("rescore", help="apply another evaluator to logged sessions (appended, never overwritten)",
                         description="Score every logged trainee turn again, in its original context, and append "
                                     "the result as a `rescore` event with provenance. Idempotent per "
                                     "(session, evaluator, version, args): turns already re-scored are skipped.")
    res.add_argument("--evaluator", required=True, help="evaluator name (local, llm_judge, ...)")
    res.add_argument("--arg", action="append", dest="args", metavar="K=V",
                     help="evaluator argument (repeatable; values parsed as JSON when possible)")
    _add_filters(res, session=True)
    res.add_argument("--concurrency", type=int, default=1, help="sessions scored at once (helps LLM judges)")

    rep = sub.add_parser("report", help="Markdown report with plots: scores, trust, AUC separation, agreement, cost",
                         description="Write <out>/report.md, report.json and PNG plots for one batch.")
    rep.add_argument("--batch", required=True, help="batch name")
    rep.add_argument("--out", required=True, metavar="DIR", help="output directory")
    rep.add_argument("--price-per-1k", type=float, default=0.0,
                     help="price per 1,000 tokens for the cost estimate (default 0; local model always 0)")
    rep.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples for AUC intervals")
    rep.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    return parser


def _runtime(args: argparse.Namespace, runtime: Runtime | None) -> Runtime:
    if runtime is not None:
        return runtime
    from simulator.runtime import Runtime

    overrides = {}
    if args.db:
        overrides["database_url"] = args.db
    if getattr(args, "backend", None):
        overrides["client_backend"] = args.backend
    settings = load_settings(**overrides)
    if args.command == "simulate" and settings.seed is None:
        settings = settings.model_copy(update={"seed": args.seed})
    evaluator = None
    if args.command == "simulate" and (args.evaluator or args.evaluator_args):
        from simulator.rescore import named_evaluator, parse_args

        name = args.evaluator or (settings.evaluator_names or ["local"])[0]
        evaluator = named_evaluator(name, parse_args(args.evaluator_args), settings)
    return Runtime(settings=settings, evaluator=evaluator)


def cmd_simulate(args: argparse.Namespace, runtime: Runtime, err: TextIO) -> int:
    from simulator.batch import BatchSpec, run_batch

    name = args.batch or datetime.now().strftime("batch-%Y%m%d-%H%M%S")
    spec = BatchSpec(
        name=name, personas=args.personas, profiles=args.profiles, repeats=args.repeats,
        turns=args.turns, seed=args.seed, mode=args.trainee, concurrency=args.concurrency,
        user_id=args.user,
    )
    trainee_model = None
    if args.trainee == "llm" and args.trainee_model:
        from simulator.models import make_chat_model

        settings = runtime.settings.model_copy(update={"client_model": args.trainee_model})
        trainee_model = make_chat_model(settings, role="client")
    result = run_batch(runtime, spec, trainee_model=trainee_model, progress=not args.no_progress, stderr=err)
    print(result.summary(), file=err)
    return result.exit_code


def cmd_export(args: argparse.Namespace, runtime: Runtime, err: TextIO) -> int:
    from simulator.export import export

    counts = export(runtime.store, args.out, batch=args.batch, user=args.user, kind=args.kind,
                    formats=args.format, pseudonymise=args.pseudonymise, salt=args.salt)
    if not counts["sessions"]:
        print("no sessions match the filters; nothing exported", file=err)
        return 1
    tables = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"exported {tables} to {args.out} ({', '.join(args.format)})", file=err)
    return 0


def cmd_rescore(args: argparse.Namespace, runtime: Runtime, err: TextIO) -> int:
    from simulator.logged import select_sessions
    from simulator.rescore import named_evaluator, parse_args, rescore

    evaluator = named_evaluator(args.evaluator, parse_args(args.args), runtime.settings)
    sessions = select_sessions(runtime.store, batch=args.batch, user=args.user, kind=args.kind,
                               session_ids=args.sessions)
    if not sessions:
        print("no sessions match the filters; nothing re-scored", file=err)
        return 1
    result = rescore(runtime.store, sessions, evaluator, concurrency=args.concurrency)
    for error in result.errors[:20]:
        print(f"error: {error}", file=err)
    print(result.summary(), file=err)
    return 1 if result.errors else 0


def cmd_report(args: argparse.Namespace, runtime: Runtime, err: TextIO) -> int:
    from simulator.report import build_report

    report = build_report(runtime.store, args.batch, args.out, price_per_1k=args.price_per_1k,
                          n_boot=args.bootstrap, seed=args.seed)
    if not report.data["sessions"]:
        print(f"batch {args.batch!r} has no ended sessions; the report is empty", file=err)
        return 1
    print(f"report: {report.markdown} ({len(report.plots)} plots, numbers in {report.numbers})", file=err)
    return 0


COMMANDS = {"simulate": cmd_simulate, "export": cmd_export, "rescore": cmd_rescore, "report": cmd_report}


def main(argv: list[str] | None = None, runtime: Runtime | None = None) -> int:
    args = build_parser().parse_args(argv)
    err = sys.stderr
    try:
        rt = _runtime(args, runtime)
        return COMMANDS[args.command](args, rt, err)
    except (SettingsError, ValueError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"error: {message}", file=err)
        return 2
    finally:
        if runtime is None and "rt" in locals():
            rt.store.close()


if __name__ == "__main__":
    raise SystemExit(main())
