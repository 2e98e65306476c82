"""People a document introduces by a description instead of an office: "Jane Doe, the notorious leader of the
Harbour gang, ...", "John Roe, a 33-year-old journalist, ...", or with the description first ("a Ghanaian
citizen, Kofi Mensah, ...").

No dictionary knows such people and no country's title names them, yet later sentences speak of them by surname
("Roe was arrested") or pronoun ("He was released in May"). The description says what they are: its head noun is
a title of the sector data ("journalist" -> MED, "activist" -> NGO, "lawmaker" -> LEG), or, for a leader of a body
("leader", "head", "founder" ... "of the Harbour gang"), the body's noun is ("gang" -> CRM, "militia" -> REB), or
one of the people a civilian noun counts ("a Ghanaian national": "nationals" -> CVL), as the guidelines code a
private person by country and sector, when a demonym or place before it says whose (the description's own). The
country is the one the description names ("a Kenyan journalist"), else the document's main country (a story of
one country introduces its people without repeating it). Found without parsing, like the rest of the document
context (context.py), and used only as ``ContextPerson`` entries: a surname shared by two people stays
unresolved there.

It does not fire when:

- the description is of a former office ("a former journalist": ``not_in_office``);
- its head is no title of the sector data ("a senior fellow at the institute", "a think tank"), or is one of a
  civilian noun's people with no country of its own before it ("a resident", "a resident of Ghana");
- the "of" phrase of a leader names a body the dictionaries know ("leader of Hamas": that body codes it);
- the name is a place, a body ("Policy Institute") or a known person (the dictionaries code those), or the
  document has no main country and the description names none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilateral.actors.context import ContextPerson
    from bilateral.actors.knowledge import KnowledgeBase

_APPOSITION = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?:the|a|an)\s+([^,;:“”\"()]{3,90}?)"
                         r"(?=,|;|\.\s|\.$|\s+(?:who|which|was|is|has|had|said|says)\b)")
"""A name, a comma, then a description with its article ("Jane Doe, the leader of the Harbour gang,")."""
_APPOSITION_FIRST = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+([^,;:“”\"()]{3,60}?),\s+"
                               r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?=,|\s+(?:who|was|is|has|had|said|says)\b)")
"""A description with its article, a comma, then the name ("a Ghanaian citizen, Kofi Mensah, was ...")."""
LEADER_NOUNS = frozenset({"leader", "head", "chief", "boss", "founder", "co-founder", "commander", "kingpin",
                          "ringleader"})
"""Heads of a description whose "of" phrase says what the person leads ("leader of the Harbour gang")."""
_DESCRIPTION_STOP = frozenset({"in", "at", "for", "from", "with", "who", "whose", "on", "and", "of", "living",
                               "based", "working"})
"""Words after which a description's head has been read ("a journalist in Kabul", "a journalist and author")."""
_FROM_ELSEWHERE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z]")
"""A description that says where the person comes from ("a firefighter from Edmonton")."""


def _name_words(raw: str, kb: KnowledgeBase) -> list[str] | None:
    """The words of the name before the comma: those after a sentence's end ("... Friday. Jane Doe"), without a
    title before it; None when fewer than two remain or one is a sector word."""
    words = raw.split()
    for k in range(len(words) - 1, -1, -1):
        if words[k].endswith(".") and len(words[k].rstrip(".")) > 2:
            words = words[k + 1:]
            break
    while words and words[0].lower().rstrip(".") in kb.sectors.words:
        words = words[1:]
    if len(words) < 2 or any(w.lower().rstrip(".") in kb.sectors.words | kb.sectors.body_nouns for w in words):
        return None
    return words


def _sector(kb: KnowledgeBase, words: list[str], named_country: bool) -> str | None:
    """The sector a description's words give: a leader's body noun, else its head's title (a modifier before it
    overriding: "a police spokesperson" is COP), else CVL for one of the people a civilian noun counts ("a Ghanaian
    citizen": "citizens") when the description names the country (a bare "a resident" says nothing of whose)."""
    if set(words) & kb.sectors.not_in_office:
        return None
    head: list[str] = []
    for w in words:
        if w in _DESCRIPTION_STOP:
            break
        head.append(w)
    if not head:
        return None
    if head[-1] in LEADER_NOUNS and len(words) > len(head) and words[len(head)] == "of":
        body = words[len(head) + 1:]
        return next((s for w in reversed(body) if (s := kb.sectors.noun_sector((w,))) is not None), None)
    sector = next((s for k in (2, 1) if len(head) >= k and (
        s := kb.sectors.title_sector(tuple(head[-k:]))) is not None),
        None)
    if sector is None and named_country and len(head) > 1 and kb.sectors.noun_sector((head[-1] + "s",)) == "CVL":
        return "CVL"
    before = {kb.sectors.modifiers[w] for w in head[:-1] if w in kb.sectors.modifiers}
    after = {kb.sectors.modifiers[w] for w in words[len(head):] if w in kb.sectors.modifiers}
    if sector is None or len(before) > 1 or after - {sector} - before:
        return None  # "the shadow justice secretary for the opposition party": whose office is unclear
    return before.pop() if before else sector  # "a defence spokesperson" speaks for the military


def described_people(kb: KnowledgeBase, text: str, main_country: str | None) -> list[ContextPerson]:
    """The people ``text`` introduces as "<Name>, <the|a|an> <description>", coded by the description (see the
    module)."""
    from bilateral.actors.context import ContextPerson

    out: list[ContextPerson] = []
    found = [(m.group(1), m.group(2)) for m in _APPOSITION.finditer(text)]
    found += [(m.group(2), m.group(1)) for m in _APPOSITION_FIRST.finditer(text)]
    for raw, description in found:
        name = _name_words(raw, kb)
        if name is None or kb.find(" ".join(name)):
            continue
        words = [w.lower() for w in re.findall(r"[\w'’-]+", description)]
        hits = kb.find(description)
        if any(h.entries[0].kind == "org" for h in hits):
            continue  # "the leader of Hamas": the body the dictionaries know codes the person
        countries = {h.entries[0].key for h in hits if h.kind in ("country", "demonym", "capital")}
        sector = _sector(kb, words, len(countries) == 1)
        country = countries.pop() if len(countries) == 1 else None if countries else main_country
        if sector is None or country is None or (not countries and _FROM_ELSEWHERE.search(description)):
            continue  # "a firefighter from Edmonton": from a place no dictionary places
        out.append(ContextPerson(" ".join(name), False, country, sector))
    return out
