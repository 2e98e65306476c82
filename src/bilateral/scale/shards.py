"""Parquet shards of coded documents: what a Dask worker hands back to the client.

A shard holds one partition's ``CodedDocument`` records, nested as they are (document, events with
their actors and location, failure, MinHash signature), so the client rebuilds exactly the records the
worker made. The Arrow schema is derived from the dataclasses' type hints rather than written out, so
a field added to ``models.py`` travels without a change here; an unsupported hint fails loudly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import types
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from bilateral.models import CodedDocument

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32(),
}


def _optional(hint: Any) -> Any | None:
    """The X of ``X | None``, or None when the hint is not an optional."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"cannot store a union of several types in a shard: {hint!r}")
        return args[0]
    return None


def _element(hint: Any) -> Any | None:
    """The X of ``tuple[X, ...]``, or None when the hint is not a homogeneous tuple."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type that stores values of a record field's type hint."""
    inner = _optional(hint)
    if inner is not None:
        return arrow_type(inner)
    if isinstance(hint, typing.NewType):
        return arrow_type(hint.__supertype__)
    if typing.get_origin(hint) is typing.Literal:
        if all(isinstance(a, str) for a in typing.get_args(hint)):
            return pa.string()
        raise TypeError(f"cannot store a non-string Literal in a shard: {hint!r}")
    element = _element(hint)
    if element is not None:
        return pa.list_(arrow_type(element))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct([pa.field(f.name, arrow_type(_hints(hint)[f.name])) for f in dataclasses.fields(hint)])
    if hint in _SCALARS:
        return _SCALARS[hint]
    raise TypeError(f"cannot store a value of type {hint!r} in a shard")


@functools.lru_cache(maxsize=1)
def shard_schema() -> pa.Schema:
    """One column per ``CodedDocument`` field."""
    hints = _hints(CodedDocument)
    return pa.schema([pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(CodedDocument)])


def _to_value(value: Any) -> Any:
    """A record as plain nested dicts and lists (what Arrow's from_pylist takes)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_to_value(v) for v in value]
    return value


def _from_value(value: Any, hint: Any) -> Any:
    """Rebuild a record field from what Arrow's to_pylist gives back."""
    inner = _optional(hint)
    if inner is not None:
        return None if value is None else _from_value(value, inner)
    element = _element(hint)
    if element is not None:
        return tuple(_from_value(v, element) for v in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{f.name: _from_value(value[f.name], hints[f.name]) for f in dataclasses.fields(hint)})
    if hint is float:
        return float(value)
    return value


def write_shard(coded: Sequence[CodedDocument], path: str | Path) -> Path:
    """Write coded documents to a Parquet file; the file appears whole or not at all."""
    path = Path(path)
    table = pa.Table.from_pylist([_to_value(c) for c in coded], schema=shard_schema())
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial)
    os.replace(partial, path)
    return path


def read_shard(path: str | Path) -> list[CodedDocument]:
    """The coded documents of a shard, in the order they were written."""
    hints = _hints(CodedDocument)
    fields = dataclasses.fields(CodedDocument)
    rows = pq.read_table(path, schema=shard_schema()).to_pylist()
    return [CodedDocument(**{f.name: _from_value(row[f.name], hints[f.name]) for f in fields}) for row in rows]
