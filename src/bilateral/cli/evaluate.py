"""``bilateral eval``: score the coder against a gold file of coded sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from bilateral.cli.common import ConfigOption, app, handles_errors, out, settings_from
from bilateral.errors import InputError


@app.command("eval")
@handles_errors
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: {id, text, date, events: [{source, target, code}]}.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    predictions: Annotated[Path | None, typer.Option(help="Also write predictions (JSONL) here.")] = None,
    config: ConfigOption = None,
) -> None:
    """Code each gold sentence and print precision, recall and F1 at several levels."""
    from bilateral.evaluation import evaluate

    if not gold.is_file():
        raise InputError("no such gold file", path=str(gold))
    result = evaluate(gold, settings_from(config, None), pred_path=predictions)
    if as_json:
        out.print_json(json.dumps(result.to_dict()))
    else:
        out.print(result.table(), markup=False, highlight=False)
