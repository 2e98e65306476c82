"""Where one event happened: the place expression that governs its trigger in the dependency parse.

A place counts when it is the object of a locative preposition ("in Kigali", "near Goma", "inside the
DRC", "at the border with Uganda") attached to the trigger, to a word above it in the same clause ("held
talks in Nairobi"), or to one of the trigger's own arguments ("ambushed a patrol inside Sudan"); "to"
and "into" count after words of movement ("a visit to Bujumbura", "travelled to Luanda"). Places that are part
of an actor ("the Kigali government", "Kinshasa's army") are not locations. With no such place in the
sentence, the document's dateline is the only fallback: never the source actor's capital.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from bilateral.models import Location
from bilateral.nlp import doc_ents, doc_text, doc_tokens
from bilateral.places.gazetteer import Gazetteer, Place, precision_rank
from bilateral.places.names import DIRECTIONS, DocumentPlaces, NameHit, choose_place, scan_names

__all__ = ["locate_event"]

_STATIC_PREPS = frozenset({
    "in", "at", "near", "inside", "outside", "within", "across", "around", "throughout", "along", "off",
    "beyond",
})
_MOTION_PREPS = frozenset({"to", "into", "toward", "towards", "onto"})
_MOTION_HEADS = frozenset({
    "visit", "trip", "travel", "go", "fly", "arrive", "arrival", "return", "come", "head", "journey", "tour",
    "deploy", "deployment", "send", "move", "mission", "delegation", "advance", "push", "march", "flee",
    "incursion", "cross", "drive", "sail", "extend", "expand", "dispatch", "airlift", "deliver", "stop",
})
_PLACE_NOUNS = frozenset({
    "border", "outskirts", "city", "town", "capital", "province", "region", "district", "territory", "area",
    "state", "county", "village", "camp", "suburb", "east", "west", "north", "south", "centre", "center",
    "part", "parts", "frontier", "airport", "port", "side", "heart", "edge", "shore", "coast", "streets",
})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj", "pcomp"})
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "npadvmod", "dative"})
_ACTOR_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
_NOT_PLACE_ENTS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC"})


def _span_root(span: Span) -> Token:
    return span.root


def _anchors(trigger: Token) -> dict[int, int]:
    """Token index -> distance for the words a governing preposition may hang from."""
    out = {trigger.i: 0}
    for child in trigger.children:
        if child.dep_ in _ARGUMENT_DEPS:
            out.setdefault(child.i, 1)
            for prep in child.children:  # "killed dozens of fighters inside the DRC"
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    out.update((obj.i, 2) for obj in prep.children if obj.dep_ == "pobj" and obj.i not in out)
        elif child.dep_ == "prep" and child.lower_ in ("with", "against"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.setdefault(obj.i, 2)
    node, dist = trigger, 0
    while node.dep_ not in _CLAUSE_DEPS and node.head.i != node.i:
        node, dist = node.head, dist + 1
        out.setdefault(node.i, dist)
    return out


def _governing_prep(root: Token) -> tuple[Token, Token] | None:
    """The locative preposition a place hangs from, and the word that preposition attaches to."""
    node, through_noun = root, False
    for _ in range(3):
        if node.dep_ != "pobj":
            return None
        prep = node.head
        word = prep.lower_
        if word in _STATIC_PREPS or (word in _MOTION_PREPS and prep.head.lemma_.lower() in _MOTION_HEADS):
            return prep, prep.head
        if through_noun and word == "on":
            return prep, prep.head
        if word in ("with", "of", "between") and prep.head.lemma_.lower() in _PLACE_NOUNS:
            node, through_noun = prep.head, True
            continue
        return None
    return None


def _is_actor_part(span: Span, root: Token) -> bool:
    """True when the place names or modifies an actor ("the Kigali government", "Goma University")."""
    if root.dep_ in _ACTOR_DEPS and root.head.lemma_.lower() not in _PLACE_NOUNS:
        return True
    for ent in doc_ents(span.doc):
        if ent.start < span.end and span.start < ent.end and ent.label_ in _NOT_PLACE_ENTS:
            if ent.end - ent.start > span.end - span.start:
                return True
    return False


def _ent_vetoes_city(span: Span) -> bool:
    """A span the parser reads as exactly a person, a date or a nationality is not a city here ("Obama")."""
    return any(ent.start == span.start and ent.end == span.end and ent.label_ in ("PERSON", "DATE", "TIME", "NORP")
               for ent in doc_ents(span.doc))


def _direction(span: Span, hit: NameHit) -> str | None:
    if hit.direction is not None:
        return hit.direction
    for child in span.root.children:
        if child.dep_ == "amod" and child.lower_ in DIRECTIONS:
            return child.lower_
    return None


def _to_location(place: Place, span: Span, direction: str | None, via_noun: str | None) -> Location:
    name = place.name
    if place.precision == "country":
        name = span.text
        if name.startswith("the "):
            name = name[4:]
        if direction is not None:
            name = f"{direction} {name}"
        elif via_noun == "border":
            name = f"border with {name}"
    return Location(name=name, country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon,
                    precision=place.precision)


def _sentence_weights(sent: Doc, hits: list[NameHit], doc_places: DocumentPlaces | None) -> Mapping[str, int]:
    weights: dict[str, int] = dict(doc_places.country_weights()) if doc_places is not None else {}
    for hit in hits:
        owners = {p.country for p in hit.places if p.country is not None}
        if len(owners) == 1:
            code = next(iter(owners))
            weights[code] = weights.get(code, 0) + 1
    return weights


def locate_event(sent: Doc, trigger_start: int, gazetteer: Gazetteer,
                 doc_places: DocumentPlaces | None) -> Location | None:
    """The place where the event triggered at token ``trigger_start`` of ``sent`` happened, or None."""
    if not 0 <= trigger_start < len(sent):
        return None
    spans = [(t.idx, t.idx + len(t.text)) for t in doc_tokens(sent)]
    hits = scan_names(doc_text(sent), spans, gazetteer)
    anchors = _anchors(sent[trigger_start])
    weights = _sentence_weights(sent, hits, doc_places)
    best: tuple[tuple[int, int, int], Location] | None = None
    for hit in hits:
        span = sent[hit.start:hit.end]
        root = _span_root(span)
        governed = _governing_prep(root)
        if governed is None or _is_actor_part(span, root):
            continue
        prep, attached = governed
        if attached.i not in anchors:
            continue
        candidates = hit.places
        if _ent_vetoes_city(span):
            candidates = tuple(p for p in candidates if p.precision != "city")
        place = choose_place(candidates, weights, locative_ok=True)
        if place is None:
            continue
        via_noun = root.head.head.lemma_.lower() if root.head.lower_ == "with" else None
        rank = (anchors[attached.i], -precision_rank(place), abs(hit.start - trigger_start))
        location = _to_location(place, span, _direction(span, hit), via_noun)
        if best is None or rank < best[0]:
            best = (rank, location)
    if best is not None:
        return best[1]
    if doc_places is not None and doc_places.dateline is not None:
        place = doc_places.dateline
        return Location(name=place.name, country=place.country, admin1=place.admin1, lat=place.lat,
                        lon=place.lon, precision=place.precision)
    return None
