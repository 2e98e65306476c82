"""``bilateral eval``: measure the coder on a gold set; the kind of set is told by its records.

- real news sentences with an event class (``pentaclass``: the ConfliBERT set) -> right-class share;
- real news stories (``title`` and ``text``, no ``events``: the VOA stories) -> the whole pipeline scored against
  the project's own gold codings (``--gold``, default ``eval/voa``);
- coded sentences (``events``: the codebook sets) -> precision, recall and F1 at several levels.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from bilateral.cli.common import ConfigOption, app, handles_errors, settings_from
from bilateral.cli.output import OutputOption, emit
from bilateral.errors import InputError


def _is_story_file(path: Path) -> bool:
    """Whether the first record has a title and a text and no events (stories to code, not coded sentences)."""
    try:
        with path.open(encoding="utf-8") as f:
            first = json.loads(next((line for line in f if line.strip()), "{}"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(first, dict) and "title" in first and "text" in first and "events" not in first


@app.command("eval")
@handles_errors
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: news sentences with a pentaclass, VOA stories, or "
                                              "coded sentences {id, text, date, events}.")],
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    output: OutputOption = None,
    predictions: Annotated[Path | None, typer.Option(help="Codebook sets: also write predictions here.")] = None,
    misses: Annotated[int, typer.Option("--misses", help="List this many missed (and, for stories, false) "
                                                         "events after the figures.")] = 0,
    gold_codings: Annotated[Path, typer.Option("--gold", help="Stories: the gold codings' folder.")] = Path("eval/voa"),
    second: Annotated[Path | None, typer.Option("--agreement", help="Stories: a second, blind coding of some "
                                                                    "stories; report agreement with --gold.")] = None,
    merge_gold: Annotated[Path, typer.Option("--merge-gold", help="Stories: also score the merges of the bundled "
                                                                  "samples against this gold of happenings.")]
    = Path("eval/samples_merges.jsonl"),
    limit: Annotated[int | None, typer.Option(help="Sentence sets: score only the first N records.")] = None,
    config: ConfigOption = None,
) -> None:
    """Code a gold set and print how well the coder does on it."""
    if not gold.is_file():
        raise InputError("no such gold file", path=str(gold))
    if fmt not in ("table", "json"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use table or json")
    as_json = as_json or fmt == "json"
    shown: list[object] = []
    settings = settings_from(config, None)
    from bilateral.evaluation.newsclass import evaluate_newsclass, is_newsclass_file

    if is_newsclass_file(gold):
        news = evaluate_newsclass(gold, settings, limit=limit)
        shown.append(news.to_dict() if as_json else news.table(misses))
    elif _is_story_file(gold):
        from bilateral.evaluation.dates import measure_dates
        from bilateral.evaluation.voa import agreement, evaluate_voa
        from bilateral.evaluation.voagold import read_gold_folder

        from bilateral.evaluation.merges import evaluate_merges

        result = evaluate_voa(gold, gold_codings, settings)
        shown.append(result.to_dict() if as_json else result.table(misses))
        for merged in evaluate_merges(gold, read_gold_folder(gold_codings), settings, merge_gold):
            shown.append(merged.to_dict() if as_json else merged.table())
        dating = measure_dates(gold, gold_codings, settings)
        shown.append({"dating": dating.to_dict()} if as_json else dating.table(misses))
        if second is not None:
            agreed = agreement(read_gold_folder(gold_codings), read_gold_folder(second))
            shown.append(agreed.to_dict() if as_json else agreed.table())
    else:
        from bilateral.evaluation import evaluate

        scored = evaluate(gold, settings, pred_path=predictions, limit=limit)
        shown.append(scored.to_dict() if as_json else scored.table())
    if as_json:
        emit("".join(json.dumps(r, indent=2) + "\n" for r in shown), output)
    else:
        emit("".join(f"{r}\n" for r in shown), output)
