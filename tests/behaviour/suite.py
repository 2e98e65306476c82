"""A behavioural suite (CheckList-style): sentences generated from templates, with the codings they must yield.

Actors are drawn, with a fixed seed, from the packaged knowledge base (countries with a demonym, a capital and a
head of state or government on the suite's date); acts of every PLOVER type come from ``acts.py``; each
construction renders them into a short document whose expected (source country, target country, PLOVER type)
keys are generated with it. Canonical constructions are the ones event coders have always handled; news
constructions are what real news is made of; probes are sentences that must assert nothing (negated,
hypothetical, forecast, the topic of a meeting). Each document is coded by the pipeline's own ``code_documents``.

    .venv/bin/python -m tests.behaviour.suite [--failures N] [--write-floors]

prints the pass rate per construction beside its floor (``floors.json``, today's level), which the test in
``test_behaviour.py`` holds the coder to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tests.behaviour.acts import ACTS, PLACE_TARGETS, QUOTES, RECIPROCAL, REPLIES, Act

Key = tuple[str | None, str | None, str]
PUBLISHED = dt.date(2019, 6, 15)
SEED = 20261203
FLOORS = Path(__file__).with_name("floors.json")
KINDS = {"active": "canonical", "passive": "canonical", "coordinated": "canonical",
         "reported": "news", "apposition": "news", "pronoun": "news", "fronted": "news", "nominal": "news",
         "reciprocal": "news", "generic": "news", "place": "news", "reply": "news", "quote-first": "news",
         "quote-split": "news",
         "negated": "probe", "hypothetical": "probe", "forecast": "probe", "topic": "probe"}


@dataclass(frozen=True, slots=True)
class Country:
    """A state as the templates name it: name, demonym, capital and its leader on the suite's date."""

    code: str
    name: str
    demonym: str
    capital: str
    leader: str
    title: str


@dataclass(frozen=True, slots=True)
class Case:
    """One generated document and what coding it must (or, for a probe, must not) yield."""

    construction: str
    text: str
    expected: frozenset[Key]
    forbidden: frozenset[Key] = frozenset()
    """Probes: keys no asserted or alleged event may have ("*" as type: any type)."""

    @property
    def kind(self) -> str:
        """canonical, news or probe."""
        return KINDS[self.construction]


def _leaders(on: dt.date) -> dict[str, tuple[str, str]]:
    """Heads of state or government in office on ``on``, by country: (name, title)."""
    out: dict[str, tuple[str, str]] = {}
    folder = resources.files("bilateral") / "data" / "actors" / "people"
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.startswith("heads"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            person = json.loads(line)
            for role in person["roles"]:
                end = dt.date.fromisoformat(role["end"]) if role.get("end") else dt.date.max
                if (role["office"] in ("President", "Prime Minister") and role.get("country")
                        and dt.date.fromisoformat(role["start"]) <= on <= end):
                    out.setdefault(role["country"], (person["name"], role["office"]))
    return out


def countries(n: int = 24) -> list[Country]:
    """``n`` states drawn with the suite's seed from those the templates can name."""
    leaders = _leaders(PUBLISHED)
    pool: list[Country] = []
    path = resources.files("bilateral") / "data" / "actors" / "countries.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        name = c["name"]
        if (c["code"] in leaders and c["demonyms"] and c["capitals"] and name.replace(" ", "").isalpha()
                and c["code"] not in ("USA", "RWA", "COD")):  # the project's motivating dyad is tuned on
            pool.append(Country(c["code"], name, c["demonyms"][0], c["capitals"][0], *leaders[c["code"]]))
    return random.Random(SEED).sample(pool, n)


def _trio(states: Sequence[Country], i: int) -> tuple[Country, Country, Country]:
    n = len(states)
    a = states[i % n]
    b = states[(i * 7 + 3) % n]
    if b == a:
        b = states[(i + 1) % n]
    c = next(s for k in range(2, n) if (s := states[(i + k * 5) % n]) not in (a, b))
    return a, b, c


def _key(a: Country, b: Country | None, plover: str) -> Key:
    return (a.code, b.code if b else None, plover)


def _act_cases(states: Sequence[Country]) -> Iterator[Case]:
    for i, act in enumerate(ACTS):
        a, b, c = _trio(states, i)
        one = frozenset({_key(a, b, act.plover)})
        yield Case("active", f"{a.name} {act.past.format(B=b.name)} on Tuesday.", one)
        if act.passive:
            yield Case("passive", act.passive.format(A=a.name, B=b.name) + " on Tuesday.", one)
        yield Case("coordinated", f"{a.name} and {c.name} {act.past.format(B=b.name)} on Tuesday.",
                   frozenset({_key(a, b, act.plover), _key(c, b, act.plover)}))
        yield Case("reported", f"A spokesman for the government of {c.name} said on Wednesday that {a.name} had "
                               f"{act.participle.format(B=b.name)}.", one)
        yield Case("apposition", f"{a.leader}, the {a.demonym} {a.title.lower()}, {act.past.format(B=b.name)} on "
                                 f"Tuesday.", one)
        yield Case("pronoun", f"{a.demonym} officials met reporters in {a.capital} on Monday. They "
                              f"{act.past.format(B=b.name)} on Tuesday.", one)
        yield Case("fronted", f"After weeks of tension and a series of meetings in {c.capital}, {a.name} "
                              f"{act.past.format(B=b.name)} on Tuesday, officials said.", one)
        if act.noun:
            yield Case("nominal", f"{a.name}'s {act.noun.format(B=b.name)} drew wide attention on Tuesday.", one)
        yield Case("generic", f"{a.demonym} {act.agent} {act.past.format(B=b.name)} on Tuesday.", one)
        yield from _probes(act, a, b, c, i)


def _probes(act: Act, a: Country, b: Country, c: Country, i: int) -> Iterator[Case]:
    banned = frozenset({_key(a, b, act.plover)})
    negated = (f"{a.name} did not {act.base.format(B=b.name)} on Tuesday.",
               f"{a.name} has never {act.participle.format(B=b.name)}.")
    yield Case("negated", negated[i % 2], frozenset(), banned)
    hypothetical = (f"{a.name} could {act.base.format(B=b.name)} if the talks fail.",
                    f"{a.name} would {act.base.format(B=b.name)} only if {c.name} agreed.")
    yield Case("hypothetical", hypothetical[i % 2], frozenset(), banned)
    forecast = (f"Analysts expect {a.name} to {act.base.format(B=b.name)} next year.",
                f"{a.name} is expected to {act.base.format(B=b.name)} within weeks, diplomats said.")
    yield Case("forecast", forecast[i % 2], frozenset(), banned)


def _news_cases(states: Sequence[Country]) -> Iterator[Case]:
    for i, (phrase, plover) in enumerate(RECIPROCAL):
        a, b, _ = _trio(states, i + 40)
        yield Case("reciprocal", f"{a.name} and {b.name} {phrase} on Tuesday.",
                   frozenset({_key(a, b, plover), _key(b, a, plover)}))
    for i, (phrase, plover) in enumerate(PLACE_TARGETS):
        a, b, _ = _trio(states, i + 50)
        yield Case("place", f"{a.demonym} forces {phrase} {b.name} on Tuesday.", frozenset({_key(a, b, plover)}))
    for i, (charge, reply) in enumerate(REPLIES):
        a, b, _ = _trio(states, i + 60)
        yield Case("reply", f"{b.name} accused {a.name} {charge} on Monday. {a.name} {reply} on Tuesday.",
                   frozenset({_key(b, a, "ACCUSE"), _key(a, b, "REJECT")}))
    for i, (quote, plover) in enumerate(QUOTES):
        a, b, _ = _trio(states, i + 70)
        speakers = (f"the {a.demonym} foreign ministry said", f"{a.title} {a.leader} said",
                    f"said {a.leader}, the {a.demonym} {a.title.lower()}")
        for speaker in speakers:
            yield Case("quote-first", f"\u201c{quote.format(B=b.name)},\u201d {speaker} on Tuesday.",
                       frozenset({_key(a, b, plover)}))
        # the quotation goes on in the next sentence, with no attribution of its own
        yield Case("quote-split", f"\u201cThis is a difficult moment,\u201d {speakers[1]} on Tuesday. \u201c"
                                  f"{quote.format(B=b.name)}.\u201d", frozenset({_key(a, b, plover)}))
    for i in range(6):
        a, b, c = _trio(states, i + 80)
        topics = (f"{a.name} and {c.name} met on Tuesday to discuss {b.name}.",
                  f"{a.name} called a meeting of the Security Council on {b.name}.",
                  f"{a.name} and {c.name} talked about the crisis in {b.name} on Tuesday.")
        yield Case("topic", topics[i % 3], frozenset(), frozenset({(a.code, b.code, "*"), (c.code, b.code, "*")}))
    for i in range(4):
        a, b, _ = _trio(states, i + 90)
        yield Case("nominal", f"Talks between {a.name} and {b.name} resumed on Tuesday.",
                   frozenset({_key(a, b, "CONSULT"), _key(b, a, "CONSULT")}))


def cases(n_states: int = 24) -> list[Case]:
    """Every case of the suite (deterministic)."""
    states = countries(n_states)
    return [*_act_cases(states), *_news_cases(states)]


@dataclass(frozen=True, slots=True)
class Outcome:
    """A case and the keys its coding yielded (asserted or alleged ones apart, for the probes)."""

    case: Case
    found: frozenset[Key]
    asserted: frozenset[Key]

    @property
    def passed(self) -> bool:
        """Probes: no asserted or alleged event with a forbidden key. Others: every expected key found, and no
        other event among the case's states but the same act in the other direction."""
        if self.case.kind == "probe":
            return not any(k in self.case.forbidden or (k[0], k[1], "*") in self.case.forbidden
                           for k in self.asserted)
        if not self.case.expected <= self.found:
            return False
        reverse = {(t, s, p) for s, t, p in self.case.expected}
        return self.found <= self.case.expected | reverse


def run(suite: Sequence[Case]) -> list[Outcome]:
    """Code every case as a document of its own with the pipeline, as ``bilateral ingest`` would."""
    from bilateral.evaluation.voa import actor_country
    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    res = load_resources(Settings())
    docs = [Document(f"case-{i}", case.text, published=PUBLISHED) for i, case in enumerate(suite)]
    out: list[Outcome] = []
    for case, coded in zip(suite, code_documents(docs, res), strict=True):
        keys = [((actor_country(e.source), actor_country(e.target) if e.target else None, str(e.event_type)),
                 e.modality) for e in coded.events]
        out.append(Outcome(case, frozenset(k for k, m in keys if m in ("asserted", "alleged", "future")),
                           frozenset(k for k, m in keys if m in ("asserted", "alleged"))))
    return out


def rates(outcomes: Sequence[Outcome]) -> dict[str, tuple[int, int]]:
    """(passed, cases) per construction, in the order of ``KINDS``."""
    counts = {name: [0, 0] for name in KINDS}
    for o in outcomes:
        counts[o.case.construction][0] += o.passed
        counts[o.case.construction][1] += 1
    return {name: (p, n) for name, (p, n) in counts.items() if n}


def by_kind(outcomes: Sequence[Outcome]) -> dict[str, float]:
    """Pass rate of the canonical constructions, the news constructions and the probes."""
    out: dict[str, list[int]] = {}
    for o in outcomes:
        row = out.setdefault(o.case.kind, [0, 0])
        row[0] += o.passed
        row[1] += 1
    return {kind: p / n for kind, (p, n) in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the behavioural suite and print its rates.")
    parser.add_argument("--failures", type=int, default=0, help="list this many failed cases")
    parser.add_argument("--write-floors", action="store_true", help="record today's rates as the floors")
    args = parser.parse_args(argv)
    outcomes = run(cases())
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    print(f"{'construction':<14}{'kind':<11}{'cases':>6}{'passed':>8}{'rate':>7}{'floor':>7}")
    for name, (p, n) in rates(outcomes).items():
        floor = floors.get(name)
        print(f"{name:<14}{KINDS[name]:<11}{n:>6}{p:>8}{p / n:>7.2f}{'' if floor is None else f'{floor:.2f}':>7}")
    print("  ".join(f"{kind}: {rate:.3f}" for kind, rate in by_kind(outcomes).items()))
    for o in [o for o in outcomes if not o.passed][:args.failures]:
        print(f"FAIL {o.case.construction}: {o.case.text}\n     expected {sorted(o.case.expected)} "
              f"forbidden {sorted(o.case.forbidden)} found {sorted(o.found, key=str)}")
    if args.write_floors:
        FLOORS.write_text(json.dumps({name: int(100 * p / n) / 100 for name, (p, n) in rates(outcomes).items()},
                                     indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
