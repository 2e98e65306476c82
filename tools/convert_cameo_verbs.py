"""Convert PETRARCH-2's CAMEO verb pattern dictionary into the project's trigger lexicon format.

    .venv/bin/python tools/convert_cameo_verbs.py                       # writes the packaged converted files
    .venv/bin/python tools/convert_cameo_verbs.py --roots 04,05 --stats # only some CAMEO roots; print counts

Reads ``../shared/reference/petrarch2/CAMEO.2.0.txt`` (MIT, Open Event Data Alliance; see
``src/bilateral/data/lexicon/LICENSE-PETRARCH2``) and writes, beside the project's own ``triggers.tsv``:

- ``triggers_petrarch.tsv``: the same seven columns (pos, lemma, particle, object, preps, cameo, flags);
- ``forms_petrarch.tsv``: irregular forms (``sped``, ``brought``) of the converted verbs, so the lexicon's
  word-form pre-filter keeps finding them.

What maps cleanly onto the lexicon is converted; everything else is skipped and counted by reason:

- a verb of a family (``--- NAME [code] ---``) with the verb's own ``[code]`` or else the family's code is a
  bare-verb entry; ``+SHUT_DOWN`` is the verb "shut" with the particle "down";
- a pattern ``- * WORD [code]`` is an object-noun entry (``&SYNSET`` expands to its one-word members), or a
  particle entry when WORD is a particle; ``- * PARTICLE NOUN`` has both;
- ``(PREP)`` or ``(PREP +)`` after them names the preposition whose object is the target; ``(IN NOUN)``,
  ``(INTO NOUN)`` and ``(ON NOUN)`` alone name an object noun (the coder reads those as the verb's object);
- a pattern applies to the verbs its comment names (where it was first found: ``# RUSH``), or to every verb of
  its family when it names none of them (``--family-wide``: always, as PETRARCH does);
- patterns that restrict the subject (``WORD *``), name source or target positions elsewhere (``$``, ``+``),
  hold a noun phrase of several words (``{HUMANITARIAN AID}``), a prepositional phrase with any other
  preposition and a noun, or anything else the lexicon cannot say, are skipped;
- a code is the first of ``[A:B]`` (B is PETRARCH's code for the other direction); ``[---]``, ``[:B]`` and
  codes without a PLOVER type in ``data/cameo.json`` give no entry, except 01x statements, which are written
  target-optional (``notarget``);
- a statement verb (01x) is converted only with an object noun or a particle ("express condolences", "look
  forward"): bare, it is a speech or feeling verb of every report ("say", "stress", "predict", "worry"), which
  would code each reported sentence as a statement beside the act it reports;
- two codes for the same verb, particle, object and prepositions are ambiguous and skipped; a statement code
  (01x) beside a typed one gives way to it.

The project's entries win (``bilateral.events.lexicon.merge_converted``, also applied when the lexicon
loads): a converted entry without object nouns is dropped when the project has any entry for its verb and
particle; a converted object entry loses the object nouns the project already has for that verb and
particle. ``petrarch_excluded.tsv`` beside the lexicon lists the entries measured to cost precision on the
real-news development sets, each with its reason (``--excluded``: another file); they are never converted.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bilateral.codes import is_statement, load_codes
from bilateral.errors import KnowledgeError
from bilateral.events.lexicon import TriggerKey, merge_converted, read_trigger_keys

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2" / "CAMEO.2.0.txt"
LEXICON = ROOT / "src" / "bilateral" / "data" / "lexicon"
EXCLUDED = LEXICON / "petrarch_excluded.tsv"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"

PARTICLES = frozenset({"up", "down", "off", "out", "back", "over", "away", "aside", "forward", "through",
                       "along", "around", "apart", "together", "ahead"})
"""Words that after the verb are its particle ("set up", "call off"), not its object."""
OBJECT_PREPS = frozenset({"in", "into", "on"})
"""Prepositions whose noun the coder reads as the verb's object ("entered into talks", "put on trial")."""

KEPT_ROOTS = tuple(f"{n:02}" for n in range(1, 21))
"""CAMEO roots converted by default: every root (01, statements, is coded untyped). 02, 03, 05-07, 10-12 and 17,
added whole, cost precision on the real-news dev sets; each was measured alone and the entries that made false
events there, or whose everyday sense is not the CAMEO act, are in ``petrarch_excluded.tsv`` (see the README)."""
GENERIC = frozenset("""
add allow appear become begin believe bring carry challenge claim close come concern confront consider continue
counter dispute end expect face feel find follow get give go hear hold hope include intend join keep know lead
leave live look make mark move need note open pass plan play prepare put raise reach remain report return run see
seem send set show signal stand start suggest take target tell think try turn use want work""".split())
"""Everyday verbs that PETRARCH's families code bare ("want" 030, "consider" 040, "come" 040, "add" 060): on
real news they code sentences with no event, so they are converted only with a particle or an object noun."""
ANY = "*"
"""In an exclusion's particle or object column: any particle, any object (or none)."""


@dataclass(frozen=True, slots=True)
class Exclusion:
    """One line of the exclusion file: a converted entry left out after measuring, and why."""

    lemma: str
    particle: str | None
    """The verb's particle, None for none, ``ANY`` for any."""
    obj: str | None
    """One object noun (it and its plural or singular), None for the entry without object nouns, ``ANY``."""
    reason: str
    line: int

    def matches(self, lemma: str, particle: str | None, noun: str | None) -> bool:
        """Whether a converted candidate (verb, particle, one object noun or None) is this exclusion's."""
        if lemma != self.lemma or (self.particle != ANY and particle != self.particle):
            return False
        if self.obj == ANY or self.obj is None or noun is None:
            return self.obj == ANY or self.obj == noun
        return bool(set(_noun_forms(noun)) & set(_noun_forms(self.obj)))


def read_exclusions(path: Path) -> list[Exclusion]:
    """The exclusion file: ``lemma``, ``particle``, ``object`` and ``reason``, tab-separated, ``#`` comments.

    ``-`` in the particle column is no particle and in the object column the entry without object nouns (the
    bare verb, with or without target prepositions); ``*`` is any. Every line needs its reason.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read the exclusions: {e}") from e
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("\t")]
        if len(cols) != 4 or not all(cols) or not _WORD.match(cols[0]):
            raise KnowledgeError(f"{path}:{n}: expected lemma, particle, object and reason, tab-separated "
                                 "('-' for none, '*' for any)")
        lemma, particle, obj, reason = cols
        if particle not in ("-", ANY) and particle not in PARTICLES:
            raise KnowledgeError(f"{path}:{n}: {particle!r} is no particle the converter knows")
        out.append(Exclusion(lemma, None if particle == "-" else particle, None if obj == "-" else obj.lower(),
                             reason, n))
    return out


_CODE = re.compile(r"\[([^\]]*)\]")
_WORD = re.compile(r"^[a-z][a-z'-]*$")


@dataclass(slots=True)
class Family:
    """A verb block: its name and code, its verbs (lemma, particle, own code) and its pattern lines."""

    name: str
    code: str | None
    verbs: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    patterns: list[tuple[str, str | None, frozenset[str]]] = field(default_factory=list)
    """Pattern body, code, and the verbs named in its comment (where the pattern was first found)."""


@dataclass(slots=True)
class Dictionary:
    """What was read: synonym sets, verb families and irregular verb forms."""

    synsets: dict[str, list[str]] = field(default_factory=dict)
    families: list[Family] = field(default_factory=list)
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _strip(line: str) -> str:
    return re.sub(r"<!--.*?-->", "", line.split("#", 1)[0]).strip()


def _code(text: str) -> tuple[str | None, bool]:
    """The primary CAMEO code of a ``[...]`` and whether one was written at all."""
    found = _CODE.search(text)
    if found is None:
        return None, False
    primary = found.group(1).strip().split(":")[0].strip()
    return (primary if re.fullmatch(r"\d{2,4}", primary) else None), True


def parse(text: str) -> Dictionary:
    """Read a CAMEO.2.0-format verb dictionary (synsets anywhere, verb families, patterns)."""
    out = Dictionary()
    synset: str | None = None
    family: Family | None = None
    for raw in text.splitlines():
        if raw.startswith("####### TRANSFORMATIONS") or raw.startswith("######## TRANSFORMATIONS"):
            break
        if raw.startswith("---"):
            name = raw.strip("- \t").split("[")[0].strip()
            code, _ = _code(raw)
            family, synset = Family(name, code), None
            out.families.append(family)
            continue
        line = _strip(raw)
        if not line:
            if not raw.strip():  # a blank line ends a synset; a comment line among its members does not
                synset = None
            continue
        if line.startswith("&"):
            synset = line.split()[0].rstrip("_")
            out.synsets[synset] = []
        elif line.startswith("+") and synset is not None:
            out.synsets[synset].append(line[1:].strip())
        elif family is None:
            continue
        elif line.startswith("-"):
            code, _ = _code(line)
            comment = raw.split("#", 1)[1] if "#" in raw else ""
            named = {w.lower() for w in re.findall(r"[A-Z][A-Z_]+", comment)}
            family.patterns.append((_CODE.sub("", line[1:]).strip(), code, frozenset(named)))
        else:
            _read_verb(line, family, out.forms)
    return out


def _read_verb(line: str, family: Family, forms: dict[str, set[str]]) -> None:
    code, written = _code(line)
    head = _CODE.sub("", line).split("{")[0].strip().lstrip("+").lower()
    braces = re.search(r"\{([^}]*)\}", line)
    words = head.replace(" ", "_").split("_")
    if not words or not all(_WORD.match(w) for w in words):
        return
    if len(words) == 1:
        lemma, particle = words[0], None
        if braces:
            forms[lemma].update(f.lower() for f in braces.group(1).split() if _WORD.match(f.lower()))
    elif len(words) == 2 and words[1] in PARTICLES:
        lemma, particle = words
    else:
        family.verbs.append(("_".join(words), "", None))  # a multi-word verb: counted as skipped
        return
    family.verbs.append((lemma, particle, code if written else family.code))


def _nouns(item: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """Object noun lemmas of one pattern word or ``&SYNSET`` (None when it cannot be one)."""
    if item.startswith("&"):
        members = synsets.get(item.rstrip("_"))
        if members is None:
            return None
        words = [m.rstrip("_").lower() for m in members if " " not in m.strip("_") and "_" not in m.strip("_")]
        nouns = [w for w in words if _WORD.match(w)]
        return [v for w in nouns for v in _noun_forms(w)] or None
    word = item.lower()
    return _noun_forms(word) if _WORD.match(word) else None


def _noun_forms(word: str) -> list[str]:
    """The word and, for a plural, its singular: the coder compares lemmas and written forms."""
    if word.endswith("ies") and len(word) > 4:
        return [word, word[:-3] + "y"]
    if word.endswith(("sses", "ches", "shes", "xes")):
        return [word, word[:-2]]
    if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is", "ous")):
        return [word, word[:-1]]
    return [word]


def _tokens(body: str) -> list[str]:
    """Pattern items: words, ``&SYNSETS``, ``(...)`` and ``{...}`` groups kept whole."""
    return re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", body)


@dataclass(frozen=True, slots=True)
class Shape:
    """What a pattern asks beyond the verb: a particle, object nouns, target prepositions."""

    particle: str | None
    objects: tuple[str, ...]
    preps: tuple[str, ...]


def pattern_shape(body: str, synsets: dict[str, list[str]]) -> Shape | str:
    """The lexicon shape of a pattern body, or the reason it cannot be expressed."""
    items = _tokens(body)
    if "*" not in items:
        return "no verb marker"
    if items.index("*") != 0:
        return "subject restriction"
    particle: str | None = None
    objects: list[str] = []
    preps: list[str] = []
    rest = items[1:]
    if rest and rest[0].lower() in PARTICLES:
        particle = rest.pop(0).lower()
    if rest and not rest[0].startswith(("(", "{")) and rest[0] not in ("$", "+", "^", "%"):
        nouns = _nouns(rest.pop(0), synsets)
        if nouns is None:
            return "not an object noun"
        objects = nouns
    for item in rest:
        if item.startswith("{"):
            return "noun phrase of several words"
        if not item.startswith("("):
            return "more than the lexicon can express"
        inner = item.strip("()").split()
        if not inner or not _WORD.match(inner[0].lower()):
            return "more than the lexicon can express"
        if len(inner) == 1 or (len(inner) == 2 and inner[1] == "+"):
            preps.append(inner[0].lower())
            continue
        if len(inner) == 2 and inner[0].lower() in OBJECT_PREPS and not objects and not preps and rest == [item]:
            nouns = _nouns(inner[1], synsets)
            if nouns is None:
                return "prepositional phrase with a noun"
            objects = nouns
            continue
        return "prepositional phrase with a noun"
    if particle is None and not objects and not preps:
        return "nothing beyond the verb"
    return Shape(particle, tuple(dict.fromkeys(objects)), tuple(sorted(set(preps))))


@dataclass(slots=True)
class Conversion:
    """Converted entries (key -> code), irregular forms, and counts of what was kept and skipped."""

    entries: dict[TriggerKey, str] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=dict)
    kinds: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)


def convert(text: str, roots: Iterable[str] = KEPT_ROOTS, excluded: Iterable[Exclusion] = (),
            family_wide: bool = False) -> Conversion:
    """Convert a CAMEO.2.0-format dictionary into lexicon entries (before merging with the project's).

    A pattern applies to the verbs its comment names as where it was first found, when the comment names
    verbs of its family; else (or with ``family_wide``, PETRARCH's own reading) to every verb of the family.
    """
    dictionary = parse(text)
    codes = load_codes()
    keep = set(roots)
    by_lemma: dict[str, list[Exclusion]] = defaultdict(list)
    for exclusion in excluded:
        by_lemma[exclusion.lemma].append(exclusion)
    # one candidate per verb, particle, object noun (or none) and prepositions; nouns are grouped afterwards
    candidates: dict[tuple[str, str | None, str | None, frozenset[str]], set[str]] = defaultdict(set)
    own: dict[tuple[str, str | None, str | None, frozenset[str]], str] = {}
    out = Conversion()

    def usable(code: str | None, reason_none: str) -> str | None:
        if code is None:
            out.skipped[reason_none] += 1
        elif not codes.codable(code):
            out.skipped["code without a PLOVER type"] += 1
        elif code[:2] not in keep:
            out.skipped["CAMEO root not converted"] += 1
        else:
            return code
        return None

    for family in dictionary.families:
        verbs = []
        for lemma, particle, code in family.verbs:
            if particle == "":
                out.skipped["multi-word verb"] += 1
                continue
            verbs.append((lemma, particle))
            kept = usable(code, "verb without a code")
            if kept is not None:
                candidates[(lemma, particle, None, frozenset())].add(kept)
                if code != family.code:
                    own[(lemma, particle, None, frozenset())] = kept
        for body, code, named in family.patterns:
            shape = pattern_shape(body, dictionary.synsets)
            if isinstance(shape, str):
                out.skipped[shape] += 1
                continue
            kept = usable(code, "pattern without a code")
            if kept is None:
                continue
            first = [(lemma, particle) for lemma, particle in verbs
                     if lemma in named or f"{lemma}_{particle}" in named]
            for lemma, particle in (first if first and not family_wide else verbs):
                if particle is not None and shape.particle is not None:
                    out.skipped["particle on a phrasal verb"] += 1
                    continue
                for noun in shape.objects or (None,):
                    candidates[(lemma, particle or shape.particle, noun, frozenset(shape.preps))].add(kept)
    resolved: dict[tuple[str, str | None, str | None, frozenset[str]], str] = {}
    for (lemma, particle, noun, preps), found in candidates.items():
        typed = {c for c in found if not is_statement(c)}
        found = typed or found  # a statement sense never makes a typed one ambiguous: the typed code is kept
        code = own.get((lemma, particle, noun, preps)) or (next(iter(found)) if len(found) == 1 else None)
        if code is None:
            out.skipped["ambiguous: several codes"] += 1
        elif any(x.matches(lemma, particle, noun) for x in by_lemma.get(lemma, ())):
            out.skipped["excluded after measuring"] += 1
        elif noun is None and particle is None and lemma in GENERIC:
            out.skipped["everyday verb without an object"] += 1
        elif noun is None and particle is None and is_statement(code):
            out.skipped["statement verb without an object"] += 1
        else:
            resolved[(lemma, particle, noun, preps)] = code
    bare = {(lemma, particle): code for (lemma, particle, noun, preps), code in resolved.items()
            if noun is None and not preps}
    target_preps: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    grouped: dict[tuple[str, str | None, frozenset[str], str, bool], set[str]] = defaultdict(set)
    for (lemma, particle, noun, preps), code in resolved.items():
        if (noun is not None or preps) and bare.get((lemma, particle)) == code:
            if noun is None:  # "- * (WITH +)" with the verb's own code: the bare verb's target preposition
                target_preps[(lemma, particle)].update(preps)
            else:
                out.skipped["same code as the bare verb"] += 1
            continue
        nouns = grouped[(lemma, particle, preps, code, noun is not None)]
        if noun is not None:
            nouns.add(noun)
    for (lemma, particle, preps, code, _), nouns in grouped.items():
        if not nouns and not preps:
            preps = frozenset(target_preps.get((lemma, particle), ()))
        out.entries[TriggerKey("verb", lemma, particle, frozenset(nouns), preps)] = code
    used = {k.lemma for k in out.entries if not k.objects}
    out.forms = {lemma: forms for lemma, forms in dictionary.forms.items() if lemma in used and forms}
    return out


def kind(key: TriggerKey) -> str:
    """How an entry is shaped: bare verb, phrasal verb, verb + object, with target prepositions."""
    name = "verb+particle" if key.particle else "verb"
    name += "+object" if key.objects else ""
    return name + ("+preposition" if key.preps else "")


def render(entries: dict[TriggerKey, str]) -> str:
    """The converted lexicon file: a header, then entries by CAMEO root, bare entries first in each root."""
    codes = load_codes()
    lines = [
        "# Trigger entries converted from PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt, openeventdata/",
        f"# petrarch2 commit {SOURCE_COMMIT}), MIT licence: Copyright (c) 2015 Open Event Data Alliance;",
        "# see LICENSE-PETRARCH2 and README.md beside this file. Generated by tools/convert_cameo_verbs.py: do not",
        "# edit; add or correct entries in triggers.tsv, which wins over this file. Columns as in triggers.tsv.",
        "#pos\tlemma\tparticle\tobject\tpreps\tcameo\tflags",
    ]
    by_root: dict[str, list[tuple[TriggerKey, str]]] = defaultdict(list)
    for key, code in entries.items():
        by_root[code[:2]].append((key, code))
    for root in sorted(by_root):
        lines.append(f"# ---- {root} {codes.get(root).name}")
        rows = sorted(by_root[root], key=lambda kc: (kc[0].lemma, kc[0].particle or "", len(kc[0].objects) > 0,
                                                     sorted(kc[0].objects), len(kc[0].preps) > 0, sorted(kc[0].preps)))
        for key, code in rows:
            lines.append("\t".join(("verb", key.lemma, key.particle or "-", "|".join(sorted(key.objects)) or "-",
                                    "|".join(sorted(key.preps)) or "-", code,
                                    "notarget" if is_statement(code) else "-")))
    return "\n".join(lines) + "\n"


def render_forms(forms: dict[str, set[str]]) -> str:
    """Irregular forms of the converted verbs, one verb a line: lemma, then forms separated by ``|``."""
    head = ("# Irregular forms of verbs converted from PETRARCH-2's CAMEO.2.0.txt (MIT, see LICENSE-PETRARCH2),\n"
            "# for the lexicon's word-form pre-filter. Generated by tools/convert_cameo_verbs.py.\n")
    return head + "".join(f"{lemma}\t{'|'.join(sorted(forms[lemma]))}\n" for lemma in sorted(forms))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=SOURCE, help="PETRARCH-2 CAMEO verb dictionary")
    parser.add_argument("--out", type=Path, default=LEXICON, help="folder to write the converted files to")
    parser.add_argument("--roots", default=",".join(KEPT_ROOTS), help="CAMEO roots to convert, comma-separated")
    parser.add_argument("--excluded", type=Path, default=EXCLUDED,
                        help="entries never converted: lemma, particle, object, reason (tab-separated)")
    parser.add_argument("--family-wide", action="store_true",
                        help="apply each pattern to every verb of its family, not only to the verbs it names")
    parser.add_argument("--stats", action="store_true", help="print counts by kind and skip reason")
    args = parser.parse_args(argv)
    conversion = convert(args.source.read_text(encoding="utf-8"), roots=[r for r in args.roots.split(",") if r],
                         excluded=read_exclusions(args.excluded), family_wide=args.family_wide)
    project = read_trigger_keys(LEXICON / "triggers.tsv")
    merged, lost = merge_converted(project, conversion.entries)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "triggers_petrarch.tsv").write_text(render(merged), encoding="utf-8")
    used = {k.lemma for k in merged if not k.objects}
    (args.out / "forms_petrarch.tsv").write_text(
        render_forms({k: v for k, v in conversion.forms.items() if k in used}), encoding="utf-8")
    print(f"{len(merged)} entries written to {args.out / 'triggers_petrarch.tsv'} "
          f"({len(conversion.entries) - len(merged)} whole and {lost} object nouns left to the project's entries)")
    if args.stats:
        for name, count in Counter(kind(k) for k in merged).most_common():
            print(f"  kept {name:32} {count:5}")
        for name, count in Counter(code[:2] for code in merged.values()).most_common():
            print(f"  kept root {name:27} {count:5}")
        for reason, count in conversion.skipped.most_common():
            print(f"  skipped {reason:29} {count:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
