"""The `realpolitik` command. Each command parses its arguments, calls one library function
and prints; errors from the library become one clear line on stderr and an exit code
(CONTRACTS §3: 0 all processed, 1 some inputs rejected, 2 usage error or nothing read)."""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from realpolitik import __version__
from realpolitik.errors import RealpolitikError

app = typer.Typer(
    name="realpolitik",
    help="Who holds influence over a country, how it is changing, and why — coded from news and datasets.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
db_app = typer.Typer(help="Inspect the store.", no_args_is_help=True)
app.add_typer(db_app, name="db")


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


class InfoFormat(str, Enum):
    table = "table"
    json = "json"


class ExportFormat(str, Enum):
    parquet = "parquet"


class Dataset(str, Enum):
    gdelt = "gdelt"
    acled = "acled"
    sipri = "sipri"


class Lang(str, Enum):
    auto = "auto"
    en = "en"
    fr = "fr"


PathsArg = Annotated[list[str], typer.Argument(
    help="Files (.txt, .html/.htm, .jsonl), directories (read recursively), or - for JSONL on stdin.",
    show_default=False)]
DateOpt = Annotated[str | None, typer.Option(
    "--date", help="Publication date (YYYY-MM-DD) for documents that carry none; relative dates resolve against it.")]
LangOpt = Annotated[Lang, typer.Option("--lang", help="Language of documents that declare none; auto detects per document.")]
DbOpt = Annotated[str | None, typer.Option(
    "--db", help="DuckDB store file. Default: $REALPOLITIK_DB, else ./realpolitik.duckdb.", show_default=False)]
WorkersOpt = Annotated[int, typer.Option("--workers", min=1, help="Coding processes (spaCy loads once per process).")]
BatchOpt = Annotated[int, typer.Option("--batch-size", min=1, help="Documents per batch; each batch is one transaction.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"realpolitik {__version__} (contract 1)")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and the output contract version.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details to stderr.")] = False,
) -> None:
    """realpolitik: ingest articles and datasets, code events, measure influence."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _err() -> Console:
    return Console(stderr=True, highlight=False)


def _fail(exc: Exception, code: int = 2) -> typer.Exit:
    _err().print(f"[bold red]error:[/] {exc}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def _from_store(db: str | None, compute):
    """`compute(store)` on the store opened read-only; a library error becomes one line and exit 2."""
    from realpolitik.store import Store

    try:
        with Store(db, read_only=True) as store:
            return compute(store)
    except (RealpolitikError, OSError) as exc:
        raise _fail(exc) from None


def _print_error(e) -> None:
    where = f"{e.source}:{e.line}" if e.line is not None else e.source
    _err().print(f"[red]error:[/] {where}: {e.message}", markup=True, soft_wrap=True, emoji=False)


def _exit_code(read: int, rejected: int) -> int:
    if read == 0 or rejected == read:
        return 2
    return 1 if rejected else 0


@app.command()
def analyze(
    paths: PathsArg,
    date: DateOpt = None,
    lang: LangOpt = Lang.auto,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table for people, jsonl for programs (CONTRACTS §2).")] = OutputFormat.table,
    workers: WorkersOpt = 1,
) -> None:
    """Code documents and print their events and quotes, without a store."""
    from realpolitik.pipeline import Pipeline

    try:
        pipeline = Pipeline(date=date, lang=lang.value, workers=workers)
    except ValueError as exc:
        raise _fail(exc) from None
    read = rejected = 0
    rows: list[dict] = []
    out = sys.stdout
    for rec in pipeline.analyze(paths):
        if rec["kind"] in ("document", "error"):
            read += 1
        if rec["kind"] == "error":
            rejected += 1
            _print_error(_ErrorView(rec))
        if fmt is OutputFormat.jsonl:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            rows.append(rec)
    if fmt is OutputFormat.table and read > rejected:  # nothing read: the errors say it all
        _print_analysis(rows)
    raise typer.Exit(_exit_code(read, rejected))


class _ErrorView:
    def __init__(self, rec: dict):
        self.source, self.line, self.message = rec["source"], rec["line"], rec["message"]


def _actor_label(actor: dict | None) -> str:
    if not actor:
        return "—"
    return f"{actor['name']} ({actor['code'] or '?'})"


def _print_analysis(rows: list[dict]) -> None:
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    docs = [r for r in rows if r["kind"] == "document"]
    events = [r for r in rows if r["kind"] == "event"]
    quotes = [r for r in rows if r["kind"] == "quote"]
    table = Table(title=f"{len(events)} events from {len(docs)} document(s)", show_lines=False)
    for col in ("date", "source", "event", "target", "cameo", "gold."):
        table.add_column(col, no_wrap=col in ("date", "cameo", "gold."), max_width=30)
    table.add_column("sentence", overflow="fold", ratio=1, min_width=40)
    for e in events:
        flags = "".join(f for f, on in (("¬", e["negated"]), ("?", e["hypothetical"])) if on)
        sentence = e["sentence"] if len(e["sentence"]) <= 120 else e["sentence"][:117] + "…"
        table.add_row(e["date"] or "", _actor_label(e["source"]), e["event_type"] + (f" {flags}" if flags else ""),
                      _actor_label(e["target"]), e["cameo"], f"{e['goldstein']:+.1f}", sentence)
    console.print(table)
    if quotes:
        qt = Table(title=f"{len(quotes)} quotes")
        qt.add_column("speaker", overflow="fold")
        qt.add_column("quote", overflow="fold")
        for q in quotes:
            who = _actor_label(q["speaker"]) if q["speaker"] else (q["speaker_text"] or "—")
            text = q["text"] if len(q["text"]) <= 200 else q["text"][:197] + "…"
            qt.add_row(who, text)
        console.print(qt)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = None,
    date: DateOpt = None,
    lang: LangOpt = Lang.auto,
    workers: WorkersOpt = 1,
    batch_size: BatchOpt = 32,
    dataset: Annotated[Dataset | None, typer.Option(
        "--dataset", help="Read every path as this dataset. Default: .csv/.tsv/.zip files are recognised "
                          "from their header (GDELT 2.0 events, ACLED export, SIPRI trade register).",
        show_default=False)] = None,
) -> None:
    """Read, code and store articles, and store dataset rows. Re-running on the same inputs adds nothing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from realpolitik.ingest import count_inputs
    from realpolitik.pipeline import Pipeline
    from realpolitik.store import Store

    try:
        pipeline = Pipeline(date=date, lang=lang.value, workers=workers, batch_size=batch_size)
        store = Store(db)
    except (ValueError, RealpolitikError) as exc:
        raise _fail(exc) from None
    from realpolitik.pipeline import is_dataset_path

    total = None if dataset or any(is_dataset_path(p) for p in paths) else count_inputs(paths)
    err = _err()
    show = total is None or total > 1
    progress = Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=err, transient=True, disable=not show)
    with store, progress:
        task = progress.add_task("coding", total=total)
        try:
            summary = pipeline.ingest(paths, store, dataset=dataset.value if dataset else None, progress=lambda n: progress.advance(task, n),
                                      on_error=lambda e: progress.console.print(
                                          f"[red]error:[/] {e}", markup=True, soft_wrap=True, emoji=False))
        except RealpolitikError as exc:
            raise _fail(exc) from None
    err.print(f"read {summary.read} · stored {summary.stored} · duplicates {summary.duplicates} · "
              f"rejected {summary.rejected}  → {store.path}", highlight=False)
    raise typer.Exit(_exit_code(summary.read, summary.rejected))


@db_app.command("info")
def db_info(
    db: DbOpt = None,
    fmt: Annotated[InfoFormat, typer.Option("--format", "-f", help="table or json.")] = InfoFormat.table,
) -> None:
    """Rows in each table of the store, by table name (documents, events, ..., ingest_log, ingest_errors)."""
    info = _from_store(db, lambda store: store.info())
    if fmt is InfoFormat.json:
        typer.echo(json.dumps(info))
        return
    table = Table(title=f"store {info['path']} (schema v{info['schema_version']})")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for key, value in info.items():
        if key not in ("path", "schema_version"):
            table.add_row(key, str(value))
    Console().print(table)


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(help="Folder to write one file per table into (created if needed).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.parquet,
    db: DbOpt = None,
) -> None:
    """Export every table of the store (documents, sentences, events, quotes, actors, logs)."""
    written = _from_store(db, lambda store: store.export_parquet(directory))
    for path in written:
        typer.echo(str(path))


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Freq(str, Enum):
    year = "year"
    quarter = "quarter"
    month = "month"


TargetOpt = Annotated[str, typer.Option("--target", "-t", help="Target country, ISO3 (e.g. MLI).", show_default=False)]
FreqOpt = Annotated[Freq, typer.Option("--freq", help="Period length.")]
SettingsOpt = Annotated[Path | None, typer.Option(
    "--settings", help="A TOML file overriding data/index_settings.toml (any subset of its keys).", show_default=False)]
HalfLifeOpt = Annotated[float | None, typer.Option(
    "--half-life", help="Days after which an event counts half (default in the settings file: 365).", show_default=False)]
WeightsOpt = Annotated[str | None, typer.Option(
    "--layer-weights", help="EVENT,STRUCTURAL weights of the combined score, e.g. 0.7,0.3.", show_default=False)]


def _codes(value: str) -> list[str]:
    return [c.strip().upper() for c in value.split(",") if c.strip()]


def _index_settings(settings: Path | None, half_life: float | None, layer_weights: str | None):
    from realpolitik.index import load_settings

    w_event = w_struct = None
    if layer_weights:
        try:
            w_event, w_struct = (float(x) for x in layer_weights.split(","))
        except ValueError:
            raise _fail(f"--layer-weights must be two numbers, EVENT,STRUCTURAL (got {layer_weights!r})") from None
    try:
        return load_settings(settings, half_life_days=half_life, w_event=w_event, w_struct=w_struct)
    except RealpolitikError as exc:
        raise _fail(exc) from None


def _check_range(start: str | None, end: str | None) -> None:
    """--from after --to is a usage error (exit 2), not an empty table."""
    from realpolitik.index.influence import check_range

    try:
        check_range(start, end, ("--from", "--to"))
    except RealpolitikError as exc:
        raise _fail(exc) from None


def _cell(value) -> str:
    """A table cell: floats to 3 decimals, missing values (None, NaN, NA) empty."""
    import pandas as pd

    if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)):
        return ""
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _print_frame(frame, fmt: TableFormat, title: str, json_columns: list[str] | None = None,
                 caption: str | None = None) -> None:
    """Print a DataFrame as a rich table, CSV or JSON (a list of objects; missing values are null)."""
    if fmt is TableFormat.json:
        cols = json_columns or list(frame.columns)
        typer.echo(json.dumps(json.loads(frame[cols].to_json(orient="records", date_format="iso")), ensure_ascii=False))
        return
    if fmt is TableFormat.csv:
        typer.echo(frame.to_csv(index=False), nl=False)
        return
    table = Table(title=title, caption=caption)
    for col in frame.columns:
        table.add_column(str(col), overflow="fold", max_width=60)
    for row in frame.itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table)


@app.command()
def influence(
    target: TargetOpt,
    powers: Annotated[str, typer.Option("--powers", "-p", help="Powers to compare, ISO3, comma-separated.")] = "FRA,RUS,CHN,USA",
    freq: FreqOpt = Freq.year,
    start: Annotated[str | None, typer.Option("--from", help="First period (YYYY, YYYY-MM or YYYY-MM-DD).", show_default=False)] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last period.", show_default=False)] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="table, csv or json.")] = TableFormat.table,
    db: DbOpt = None,
    settings: SettingsOpt = None,
    half_life: HalfLifeOpt = None,
    layer_weights: WeightsOpt = None,
) -> None:
    """Influence of each power on a target, period by period: score, share and channels."""
    from realpolitik.index import influence as compute

    _check_range(start, end)
    params = _index_settings(settings, half_life, layer_weights)
    frame = _from_store(db, lambda store: compute(store, target=target.upper(), powers=_codes(powers),
                                                  freq=freq.value, start=start, end=end, settings=params))
    if fmt is TableFormat.table:
        frame = frame[["period", "power", "score", "share", "event_score", "structural_score", "n_events"]]
    elif fmt is TableFormat.csv:
        frame = frame.assign(channels=frame["channels"].map(json.dumps), structural=frame["structural"].map(json.dumps))
    _print_frame(frame, fmt, f"influence on {target.upper()} ({freq.value})",
                 ["period", "power", "target", "score", "share", "channels", "structural", "event_score",
                  "structural_score", "n_events"])


@app.command()
def explain(
    target: TargetOpt,
    power: Annotated[str, typer.Option("--power", help="The power whose score to explain, ISO3.", show_default=False)],
    period: Annotated[str, typer.Option(
        "--period", help="The period: 2019, 2019Q3 or 2019-07; a day (2019-07-15) picks the --freq period around it.",
        show_default=False)],
    freq: Annotated[Freq | None, typer.Option(
        "--freq", help="Period length. Default: the period's own (2019 a year, 2019Q3 a quarter, 2019-07 a month), "
                       "a year for a day; one that contradicts --period is an error.", show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many contributions to show.")] = 20,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="table, csv or json.")] = TableFormat.table,
    db: DbOpt = None,
    settings: SettingsOpt = None,
    half_life: HalfLifeOpt = None,
    layer_weights: WeightsOpt = None,
) -> None:
    """The events and arms deliveries behind a power's score, largest contribution first (by part of the score)."""
    from realpolitik.index import explain as compute
    from realpolitik.index.influence import resolve_period

    try:
        freq_value, label, _ = resolve_period(period, freq.value if freq else None, ("--period", "--freq"))
    except RealpolitikError as exc:
        raise _fail(exc) from None
    params = _index_settings(settings, half_life, layer_weights)
    frame = _from_store(db, lambda store: compute(store, target=target, power=power, period=period,
                                                  freq=freq_value, settings=params, limit=limit))
    target, power = target.strip().upper(), power.strip().upper()
    if frame.empty:
        _err().print(f"no events or deliveries for {power} → {target} in {label}", highlight=False, soft_wrap=True)
        if fmt is TableFormat.table:
            return
    caption = None
    if fmt is TableFormat.table:
        # the rows come ranked by |score_part|, the one value comparable across events and deliveries
        frame = frame.assign(event_type=frame["event_type"].where(frame["kind"] != "delivery", "arms delivery"))
        frame = frame[["date", "kind", "event_type", "source", "target", "score_part", "contribution", "evidence"]]
        caption = ("ranked by |score_part|, each row's part of the combined score; contribution is in its layer's "
                   "unit (events: decayed, weighted Goldstein; deliveries: share of arms imports)")
    _print_frame(frame, fmt, f"what makes {power}'s influence on {target} in {label}", caption=caption)


@app.command("structural")
def structural_cmd(
    powers: Annotated[str | None, typer.Option("--powers", "-p", help="Suppliers, ISO3, comma-separated (default: all).", show_default=False)] = None,
    targets: Annotated[str, typer.Option("--targets", help="Recipients, ISO3, comma-separated, or all.")] = "all",
    window: Annotated[int, typer.Option("--window", min=1, help="Years in the rolling bandwidth window.")] = 5,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="table, csv or json.")] = TableFormat.csv,
    db: DbOpt = None,
) -> None:
    """Arms-transfer bandwidth and security dependence per power-target-year (SIPRI)."""
    from realpolitik.index import structural as compute

    frame = _from_store(db, lambda store: compute(store, powers=_codes(powers) if powers else None,
                                                  targets=None if targets.lower() == "all" else _codes(targets),
                                                  window=window))
    _print_frame(frame, fmt, "structural layer (arms transfers)")


class SimModel(str, Enum):
    compromise = "compromise"
    median = "median"
    eu = "eu"
    all = "all"


class OfferRule(str, Enum):
    least_move = "least_move"
    scholz = "scholz"


@app.command("simulate")
def simulate_cmd(
    scenario: Annotated[Path, typer.Argument(help="Scenario: .yaml/.yml, or .csv with Actor,Capability,Position,Salience.")],
    model: Annotated[SimModel, typer.Option("--model", "-m", help="compromise, median, eu (expected utility) or all.")] = SimModel.eu,
    rounds: Annotated[int, typer.Option("--rounds", min=0, help="Bargaining rounds of the eu model.")] = 10,
    q: Annotated[float, typer.Option("--q", min=0.0, max=1.0, help="Probability that the other side does not challenge (Q).")] = 1.0,
    t: Annotated[float, typer.Option("--t", min=0.0, max=1.0, help="Probability that the status quo persists (T).")] = 1.0,
    runs: Annotated[int, typer.Option("--runs", min=0, help="Monte Carlo draws over the ranged inputs (0: none).")] = 0,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the draws (same seed, same distribution).")] = 0,
    offer_rule: Annotated[OfferRule, typer.Option(
        "--offer-rule", help="Which offer an actor accepts: the one that moves it least (the paper's rule), "
                             "or scholz (the ranking behind the published EC table).")] = OfferRule.least_move,
    fmt: Annotated[InfoFormat, typer.Option("--format", "-f", help="table or json.")] = InfoFormat.table,
    db: DbOpt = None,
) -> None:
    """Forecast a contest over one issue with bargaining models, with a Monte Carlo over uncertain inputs."""
    from realpolitik.simulate import simulate as compute
    from realpolitik.store import default_db_path

    # capabilities come from the index only when the scenario asks and a store is there
    store_path = db or (default_db_path() if Path(default_db_path()).exists() else None)
    try:
        result = compute(scenario, model=model.value, rounds=rounds, q=q, t=t, runs=runs, seed=seed,
                         db=store_path, offer_rule=offer_rule.value)
    except RealpolitikError as exc:
        raise _fail(exc) from None
    if fmt is InfoFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    _print_simulation(result)


def _print_simulation(result: dict) -> None:
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    models = result["models"] if result.get("model") == "all" else {result["model"]: result}
    summary = Table(title=f"forecast: {result.get('issue') or result.get('source', '')}")
    for col in ("model", "forecast", "mean", "sd", "p5", "p50", "p95"):
        summary.add_column(col, justify="left" if col == "model" else "right")
    for name, res in models.items():
        dist = res.get("distribution") or {}
        summary.add_row(name, f"{res['forecast']:.2f}",
                        *(f"{dist[k]:.2f}" if k in dist else "" for k in ("mean", "sd", "p5", "p50", "p95")))
    console.print(summary)
    for name, res in models.items():
        if not res.get("rounds"):
            continue
        actors = list(res["rounds"][0]["positions"])
        table = Table(title=f"{name}: positions by round")
        for col in ("round", "median", "mean", *actors):
            table.add_column(col, justify="right")
        for r in res["rounds"]:
            table.add_row(str(r["round"]), f"{r['median']:.2f}", f"{r['mean']:.2f}",
                          *(f"{r['positions'][a]:.1f}" for a in actors))
        console.print(table)


@app.command()
def report(
    target: TargetOpt,
    powers: Annotated[str, typer.Option("--powers", "-p", help="Powers to compare, ISO3, comma-separated.")] = "FRA,RUS,CHN,USA",
    start: Annotated[str | None, typer.Option("--from", help="First period (YYYY, YYYY-MM or YYYY-MM-DD).", show_default=False)] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last period.", show_default=False)] = None,
    freq: FreqOpt = Freq.year,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("report.html"),
    forecast: Annotated[Path | None, typer.Option(
        "--forecast", help="A `realpolitik simulate --format json` result to show in the report.", show_default=False)] = None,
    db: DbOpt = None,
    settings: SettingsOpt = None,
    half_life: HalfLifeOpt = None,
    layer_weights: WeightsOpt = None,
) -> None:
    """Write a self-contained HTML report (works offline) on who holds sway over a target."""
    from realpolitik.report.html import write_report

    _check_range(start, end)
    params = _index_settings(settings, half_life, layer_weights)
    sim = _read_forecast(forecast) if forecast else None
    path = _from_store(db, lambda store: write_report(store, target=target.upper(), powers=_codes(powers),
                                                      start=start, end=end, freq=freq.value, path=output,
                                                      settings=params, forecast=sim))
    typer.echo(str(path))


def _read_forecast(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise _fail(f"{path}: not a simulate JSON result ({exc})") from None


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on; keep 127.0.0.1 unless you mean to share it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """A local dashboard over the store (opened read-only), with JSON endpoints under /api/."""
    from realpolitik.report.serve import serve as run_server
    from realpolitik.store import default_db_path

    path = db or default_db_path()
    _err().print(f"dashboard on http://{host}:{port}/ (store {path}, read-only; Ctrl-C to stop)", highlight=False)
    try:
        run_server(path, host=host, port=port)
    except RealpolitikError as exc:
        raise _fail(exc) from None


def markdown_docs() -> str:
    """docs/cli.md: every command and option, as Markdown in plain text. (`typer realpolitik.cli utils
    docs` renders help through rich's HTML export under rich markup mode, which writes `'` and `>=` as
    `&#x27;` and `&gt;`.) Regenerate the file with `python -m realpolitik.cli docs/cli.md`."""
    from typer.cli import get_docs_for_click

    command = typer.main.get_command(app)
    # a context without typer's markup-mode key: help strings are written as they are, not as HTML
    docs = get_docs_for_click(obj=command, ctx=typer.Context(command), name="realpolitik")
    return docs.strip() + "\n"


if __name__ == "__main__":  # python -m realpolitik.cli docs/cli.md
    if len(sys.argv) != 2:
        sys.exit("usage: python -m realpolitik.cli OUTPUT.md")
    Path(sys.argv[1]).write_text(markdown_docs(), encoding="utf-8")
    print(sys.argv[1])
