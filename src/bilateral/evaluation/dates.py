"""Dating measured on every dated gold event, found by the coder or not (``bilateral eval`` on the VOA stories).

Date accuracy on matched events counts only the events the coder found, a few dozen: too few to steer the dating
by. This measure dates every gold event that has a gold date and a trigger: the trigger is found in its parsed
sentence (the first token whose lemma, or word, is the gold trigger; for a multi-word trigger, the syntactic head
of the words), and the project's dating (``resolve_event_date``) is run for that token with the story's
publication date, its document time context and the gold event's modality, as the pipeline would. A coded date
is right when it lies within the gold date at the gold's precision or finer (``voa.date_agrees``); each wrong one
is given a kind, so the figures say what to work on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilateral.evaluation.voa import date_agrees, date_range
from bilateral.evaluation.voagold import VoaSentence
from bilateral.models import EventDate
from bilateral.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from bilateral.dating import TimeContext

RIGHT = "right"
NOT_FOUND = "trigger not found in the sentence"
UNDATED = "undated"
TOO_COARSE = "precision too coarse"
PUBLICATION_OVER_TEXT = "publication date where the sentence dates it"
PUBLICATION = "publication date where the gold is not"
WRONG_WEEK = "weekday in the wrong week"
NEWS_DAY = "news day of the lead where the gold is not"
NARRATIVE = "year from the sentence before"
OTHER_CLAUSE = "date from another clause (gold: current news)"
OTHER_EXPRESSION = "another expression of the sentence"
RESOLVED_WRONG = "expression resolved wrong"
ERROR_KINDS = (NOT_FOUND, UNDATED, TOO_COARSE, PUBLICATION_OVER_TEXT, PUBLICATION, WRONG_WEEK, NEWS_DAY, NARRATIVE,
               OTHER_CLAUSE, OTHER_EXPRESSION, RESOLVED_WRONG)
"""Kinds of wrong dates, in the order they are tried: the first that fits is the one given."""


@dataclass(frozen=True, slots=True)
class DateCase:
    """One gold event dated by the project's dating: what it got, and whether (or how) that is wrong."""

    story: str
    sentence: int
    trigger: str
    modality: str
    gold: str
    coded: EventDate | None
    """None when the trigger was not found in the sentence."""
    kind: str
    """``right`` or one of ``ERROR_KINDS``."""

    @property
    def right(self) -> bool:
        """Whether the coded date agrees with the gold."""
        return self.kind == RIGHT


def find_trigger(sent: Doc, trigger: str) -> int | None:
    """The token of ``sent`` that a gold trigger names: the first whose lemma (or word) is the trigger, or the head
    of the first run of tokens that spells a multi-word trigger; None when the sentence holds no such token."""
    words = trigger.lower().replace("-", " - ").split()
    if not words:
        return None

    def fits(tok_index: int, word: str) -> bool:
        tok = sent[tok_index]
        return word in (tok.lemma_.lower(), tok.text.lower())

    for i in range(len(sent) - len(words) + 1):
        if all(fits(i + k, w) for k, w in enumerate(words)):
            return sent[i:i + len(words)].root.i if len(words) > 1 else i
    if len(words) > 1:  # words apart ("point a finger", "come ... off"): the first word that is not a particle
        for word in words:
            found = next((t.i for t in sent if fits(t.i, word) and t.pos_ in ("VERB", "NOUN", "ADJ")), None)
            if found is not None:
                return found
    return None


def _is_weekday(text: str | None) -> bool:
    from bilateral.dating import find_expressions

    return bool(text) and any(e.kind == "weekday" for e in find_expressions(text or ""))


def _sentence_dates(sentence: str, published: dt.date | None, modality: str,
                    context: TimeContext | None) -> list[str]:
    """Every date the expressions of a sentence resolve to (to tell a wrong choice from a wrong resolution)."""
    from bilateral.dating import find_expressions, resolve_expression_text

    out: list[str] = []
    for expr in find_expressions(sentence):
        found = resolve_expression_text(expr, published, modality, context)
        if found is not None:
            out.append(found.date)
    return out


def error_kind(gold: str, coded: EventDate, sentence: str, published: dt.date | None, modality: str,
               context: TimeContext | None = None) -> str:
    """``right``, or the kind of a wrong coded date (the first of ``ERROR_KINDS`` that fits)."""
    if date_agrees(gold, coded.date):
        return RIGHT
    if coded.date is None:
        return UNDATED
    g, c = date_range(gold), date_range(coded.date)
    if g is not None and c is not None and c[0] <= g[0] and g[1] <= c[1]:
        return TOO_COARSE
    others = _sentence_dates(sentence, published, modality, context)
    if coded.source == "publication":
        return PUBLICATION_OVER_TEXT if any(date_agrees(gold, d) for d in others) else PUBLICATION
    if _is_weekday(coded.text) and g is not None and c is not None and g[0] == g[1] and c[0] == c[1] \
            and (g[0] - c[0]).days % 7 == 0:
        return WRONG_WEEK
    if coded.text and coded.text not in sentence:
        return NEWS_DAY if coded.precision == "day" else NARRATIVE
    if published is not None and date_agrees(gold, published.isoformat()):
        return OTHER_CLAUSE
    if any(date_agrees(gold, d) for d in others):
        return OTHER_EXPRESSION
    return RESOLVED_WRONG


@dataclass(frozen=True, slots=True)
class DatesResult:
    """The dating figures over every dated gold event."""

    cases: tuple[DateCase, ...]
    texts: Mapping[tuple[str, int], str]

    @property
    def found(self) -> list[DateCase]:
        """The cases whose trigger was found (the ones dated)."""
        return [c for c in self.cases if c.coded is not None]

    @property
    def accuracy(self) -> float | None:
        """Of the gold events dated, the share dated right."""
        found = self.found
        return sum(c.right for c in found) / len(found) if found else None

    @property
    def undated_share(self) -> float | None:
        """Of the gold events dated, the share left without a date."""
        found = self.found
        return sum(c.coded is not None and c.coded.date is None for c in found) / len(found) if found else None

    def by_kind(self) -> Counter[str]:
        """Wrong dates (and triggers not found) by kind."""
        return Counter(c.kind for c in self.cases if not c.right)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        found = self.found
        return {
            "gold_events_with_dates": len(self.cases), "dated": len(found),
            "right": sum(c.right for c in found), "accuracy": _round(self.accuracy),
            "undated_share": _round(self.undated_share), "errors_by_kind": dict(self.by_kind()),
        }

    def table(self, listed: int = 0) -> str:
        """The figures as plain text; ``listed`` wrong dates listed after them."""
        found = self.found
        rows = [f"dating of every dated gold event ({len(self.cases)} events, trigger found in {len(found)}):"]
        if self.accuracy is not None:
            rows.append(f"  date accuracy: {self.accuracy:.3f} ({sum(c.right for c in found)}/{len(found)}), "
                        f"undated {self.undated_share or 0:.1%}")
        counts = self.by_kind()
        wrong = sum(counts.values())
        rows.append(f"  wrong dates by kind ({wrong}):")
        rows += [f"    {kind:<50}{counts.get(kind, 0):>5}" for kind in ERROR_KINDS]
        for case in [c for c in self.cases if not c.right][:listed]:
            got = case.coded
            shown = "-" if got is None else f"{got.date} ({got.source}: {got.text or ''})"
            rows.append(f"DATE [{case.kind}] {case.story}#{case.sentence} {case.trigger} {case.modality} gold "
                        f"{case.gold} coded {shown}: {self.texts.get((case.story, case.sentence), '')}")
        return "\n".join(rows)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def date_cases(story: str, published: dt.date | None, context: TimeContext | None,
               gold: Sequence[VoaSentence], parsed: Mapping[int, Doc]) -> list[DateCase]:
    """Date every gold event of one story that has a gold date and a trigger, in its parsed sentence."""
    from bilateral.dating import resolve_event_date

    out: list[DateCase] = []
    for sent in gold:
        doc = parsed.get(sent.key.index)
        for event in sent.events:
            if event.date is None or not event.trigger or doc is None:
                continue
            index = find_trigger(doc, event.trigger)
            if index is None:
                out.append(DateCase(story, sent.key.index, event.trigger, event.modality, event.date, None,
                                    NOT_FOUND))
                continue
            coded = resolve_event_date(doc, index, event.modality, published, context)
            kind = error_kind(event.date, coded, doc.text, published, event.modality, context)
            out.append(DateCase(story, sent.key.index, event.trigger, event.modality, event.date, coded, kind))
    return out


def measure_dates(stories_path: Path, gold_folder: Path, settings: Settings) -> DatesResult:
    """Date every dated gold event of the VOA stories with the project's dating, as the pipeline would."""
    from bilateral.dating import document_time_context
    from bilateral.evaluation.voagold import read_gold_folder
    from bilateral.evaluation.voarun import gold_documents
    from bilateral.nlp import load_nlp, parse_sentences, split_sentences

    gold = read_gold_folder(gold_folder)
    docs = gold_documents(stories_path, set(gold), settings)
    nlp = load_nlp(settings)
    cases: list[DateCase] = []
    texts: dict[tuple[str, int], str] = {}
    for doc in docs:
        wanted = {s.key.index for s in gold[doc.id] if any(e.date and e.trigger for e in s.events)}
        spans = [s for s in split_sentences(doc.text) if s.index in wanted]
        parsed = dict(zip((s.index for s in spans), parse_sentences(nlp, [s.text for s in spans], settings),
                          strict=True))
        texts.update({(doc.id, s.index): s.text for s in spans})
        cases += date_cases(doc.id, doc.published, document_time_context(doc.text, doc.published), gold[doc.id],
                            parsed)
    return DatesResult(tuple(cases), texts)
