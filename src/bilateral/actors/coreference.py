"""Coreference through the document context: names and descriptions that point back to an actor named before.

Pass of the sieve (``resolve.py``): ``coreference(r)`` resolves, in this order, a sentence-opening "He"/"She"
to the one person named just before; "the country", "the UN agency", "the rebel group" to the one country
or body named in the text before, and "the Southeast Asian nation", "the Gulf kingdom" to the one named before that
its words fit (state_kinds.py); a surname to the person the document named in full ("Paul Kagame ...
Kagame"); "the reporter" to the one journalist the document named (a calling, ``PROFESSION_SECTORS``); "the
president" to the one president the document named. ``office_holder`` serves the country
pass of ``names.py`` ("the Rwandan president" -> the one Rwandan office holder named). All of it uses
``ActorContext`` (context.py) and does nothing without one; several candidates leave a mention unresolved.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilateral.actors.context import REFERRING_NOUNS, REFERRING_WORDS, ContextPerson
from bilateral.actors.state import Resolution
from bilateral.actors.state_kinds import fitting, in_quotation
from bilateral.models import Actor

_LEADING_DEPS = frozenset({"advmod", "prep", "pobj", "det", "amod", "compound", "npadvmod"})
"""What may stand before a sentence's subject ("Later, he ...", "On Monday he ...")."""
_MOVING_PREPS = frozenset({"from", "into", "to", "of"})
"""Prepositions of where forces go or leave ("withdrawal from", "sent into", "deployed to", "pulled out of")."""
_ARMED_WORDS = frozenset({"rebel", "armed", "militant", "insurgent", "militia", "guerrilla", "jihadist", "terrorist",
                          "separatist", "extremist", "islamist"})
"""Words that make "the <word> group" an armed group's description: its arms or its cause ("the separatist group")."""
_ARMED_CONFIDENCE = 0.7
"""An armed group's description ("the separatist group") is the one armed group named before as surely as a head
noun repeated (history.HISTORY_CONFIDENCE), and as the sieve's guess of the sentence's country (0.7) that it replaces:
its acts keep the confidence they had with the guess."""


PROFESSION_SECTORS = frozenset({"MED", "NGO"})
"""Sectors of titles that name a private person's calling ("the reporter", "the activist"): a story names few such
people, so the bare title is the one of them named before. Officials are left out: "the spokesperson" of a story
that named a president is someone else."""
_OWN_WORDS = frozenset({"amod", "compound", "nmod", "poss", "nummod", "appos"})
"""Dependents that give a title words of its own ("the Kenyan reporter", "the reporter Jane Doe"): then it is not
a bare reference to someone named before. So does a restrictive relative clause ("the reporter who filmed the
raid"), not one set off by a comma ("the reporter, who covers crime, ...")."""


def office_holder(r: Resolution, end: int, country: str, sector: str) -> Actor | None:
    """'the Rwandan president' -> the one GOV office holder of Rwanda the document named, if unique.

    A title its words put out of office ("Albania's former leader", "an ex-minister") is not the one in office:
    it is the one person the document named who held a government office of that country before and holds none
    there now, coded by the dated-office data for that day (a former prime minister in opposition is ``ALBOPP``);
    None when the document named no such person or several."""
    if r.context is None or sector != "GOV":
        return None
    head = r.sent[end - 1]
    if head.tag_ in ("NNS", "NNPS") or r.kb.sectors.title_sector((head.lower_,)) is None:
        return None
    if any(t.lower_ in r.kb.sectors.not_in_office for t in head.subtree if t.i < head.i):
        holders = r.context.former_holders(r.kb, r.on, country)
    else:
        holders = r.context.holders(r.kb, r.on, country=country)
    if len(holders) != 1:
        return None
    return r.kb.person_actor(holders[0].name, r.on, head.text)


def coreference(r: Resolution) -> None:
    """Pronoun subjects, definite descriptions, surnames and "the president", through the document context."""
    if r.context is None:
        return
    text = r.text
    _pronoun_subject(r)
    _nominal_reference(r)
    for surname, person in r.context.surnames.items():
        if surname not in text:  # most of the document's people are not in this sentence
            continue
        for m in re.finditer(re.escape(surname), text):
            if (m.start() > 0 and text[m.start() - 1].isalnum()) or (
                    m.end() < len(text) and text[m.end()].isalnum()):
                continue
            start, end = _whole_name(text, m.start(), m.end(), person.name.split())
            span = r.sent.char_span(start, end, alignment_mode="expand")
            if span is None or not r.free(span.start, span.end):
                continue
            actor = _context_actor(r, person, span.text)
            if actor is not None:
                r.add(actor, span.start, span.end, 0.8, "coreference")
    _profession_reference(r)
    _office_reference(r)
    if "president" not in r.lowered and "premier" not in r.lowered:
        return
    for tok in r.tokens:
        if tok.i in r.claimed:
            continue
        # the tagger reads a lower-case "president" as a proper noun too; "the president of X" is X's
        if tok.lower_ in ("president", "premier") and tok.tag_ in ("NN", "NNP") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("compound", "amod", "poss") or (c.dep_ == "prep" and c.lower_ == "of")
                for c in tok.children):
            holders = r.context.holders(r.kb, r.on, office=tok.lower_)
            if len(holders) == 1:
                actor = r.kb.person_actor(holders[0].name, r.on, tok.text)
                if actor is not None:
                    r.add(actor, tok.i, tok.i + 1, 0.75, "coreference")


_TITLE_WORDS = frozenset({"compound", "punct"})
"""What a bare office title is made of besides its head: "the secretary-general" (``secretary``, ``-``)."""


def _office_reference(r: Resolution) -> None:
    """"U.N. Secretary-General Jane Doe ... The secretary-general will visit": a definite title with no words of
    its own but its office's is the one person the document named who holds that very office that day, whatever
    body it is of (``titled_holders``: the office written as the title, "Secretary-General"). Claimed before the
    document pass reads the title's last word as a sector noun ("general": the story country's military). Nothing
    when the document named several holders or none, for "a secretary-general", "the NATO secretary-general"
    (words of its own), "the president of the chamber" (another body's), or a title that is only part of an office
    ("the secretary")."""
    if r.context is None or "the " not in r.lowered:
        return
    for tok in r.tokens:
        if tok.tag_ != "NN" or tok.dep_ in _TITLE_WORDS:
            continue
        # the parser hangs "the" on the head or on the first word of the title ("the secretary-general")
        det = next((c for w in (tok, *(c for c in tok.children if c.dep_ == "compound")) for c in w.children
                    if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None or det.i > tok.i or not r.free(det.i + 1, tok.i + 1) or any(
                w.dep_ not in _TITLE_WORDS for w in tok.doc[det.i + 1:tok.i]) or any(
                c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
            continue
        title = tok.doc[det.i + 1:tok.i + 1].text.lower()
        holders = r.context.titled_holders(r.kb, r.on, title)
        actor = r.kb.person_actor(holders[0].name, r.on, title) if len(holders) == 1 else None
        if actor is not None:
            r.add(actor, det.i + 1, tok.i + 1, 0.75, "coreference")


def _profession_reference(r: Resolution) -> None:
    """"Cambodian journalist Jane Doe ... The reporter had been held": a definite, singular title of a calling
    (``PROFESSION_SECTORS``) with no words of its own is the one person the document named before with a title or
    office of that sector ("journalist", "reporter", "correspondent" are all MED). Nothing when the document named
    none or several such people, for "a reporter", "reporters", "the Kenyan reporter", or "the reporter Jane Doe"."""
    if r.context is None or "the " not in r.lowered:
        return
    for tok in r.tokens:
        sector = r.kb.sectors.title_sector((tok.lower_,)) if tok.tag_ == "NN" else None
        if sector not in PROFESSION_SECTORS or tok.i in r.claimed or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in _OWN_WORDS or (c.dep_ == "prep" and c.lower_ == "of") or _restrictive(c)
                for c in tok.children):
            continue
        person = r.context.sector_person(r.kb, r.on, r.text, str(sector))
        actor = _context_actor(r, person, tok.text) if person is not None else None
        if actor is not None:
            r.add(actor, tok.i, tok.i + 1, 0.7, "coreference")


def _restrictive(clause: Token) -> bool:
    """Whether a dependent is a relative clause not set off by a comma ("the reporter who filmed the raid")."""
    first = min(t.i for t in clause.subtree)
    return clause.dep_ == "relcl" and (first == 0 or clause.doc[first - 1].text != ",")


def _whole_name(text: str, start: int, end: int, parts: list[str]) -> tuple[int, int]:
    """The character span of the name around ``text[start:end]``: the neighbouring words that are parts of the
    same person's name join it ("Mech Dara" is one mention, whichever of its words the document uses alone)."""
    while True:
        before = re.search(r"(\S+)\s+$", text[:start])
        if before is None or before.group(1) not in parts:
            break
        start = before.start(1)
    while True:
        after = re.match(r"\s+([^\s,.;:!?’'\"”]+)", text[end:])
        if after is None or after.group(1) not in parts:
            break
        end += after.end(1)
    return start, end


def _nominal_reference(r: Resolution) -> None:
    """"The country", "the east African nation", "the UN agency", "the rebel group": a definite description
    points back to the one country, international body or armed group named in the text just before it.
    Several candidates there leave it unresolved."""
    if r.context is None or not REFERRING_WORDS.search(r.text):
        return
    for tok in r.tokens:
        kinds = REFERRING_NOUNS.get(tok.lower_)
        if kinds is None or tok.i in r.claimed or tok.i in r.hit_at:
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "det")]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in mods) or any(
                c.i in r.hit_at and c.lower_ not in ("un", "u.n.") for c in mods) or any(
                c.dep_ == "prep" and c.lower_ == "of" and not any(g.dep_ == "pcomp" for g in c.children)
                for c in tok.children):
            continue  # "the Congolese nation" is the demonym's; "the state of emergency" is no state ("accused the
            # group of killing": a gerund after "of" is what the group is said to have done, not its name)
        armed = any(c.lower_ in _ARMED_WORDS for c in mods)
        if tok.lower_ in ("group", "movement") and not armed:
            continue
        start = min(c.i for c in mods)
        # "the UN agency": the agency named before, not the UN itself
        generic = [m for m in r.mentions if start <= m.start and m.end <= tok.i and m.actor.code == "IGOUNO"]
        if not generic and not r.free(start, tok.i + 1):
            continue
        fits = fitting(r.sent[start:tok.i + 1].text) if "country" in kinds else None
        key = r.context.referent(r.text, r.sent[start].idx, kinds, fits=fits,
                                 choose=fits is None or not in_quotation(r.text, r.sent[start].idx),
                                 besides=_forces_elsewhere(r, tok) if "country" in kinds else frozenset())
        if key is None or (generic and key == "United Nations"):
            continue
        for m in generic:
            r.mentions.remove(m)
            r.claimed.difference_update(range(m.start, m.end))
        if not r.free(start, tok.i + 1):
            continue
        text = r.sent[start:tok.i + 1].text
        actor = r.kb.country_actor(key, None, text) if key in r.kb.countries else r.kb.org_actor(key, r.on, text)
        if actor is not None:
            r.add(actor, start, tok.i + 1, _ARMED_CONFIDENCE if armed else 0.65, "coreference")


def _forces_elsewhere(r: Resolution, tok: Token) -> frozenset[str]:
    """Countries whose forces the act of "from/into/to the country" moves: "the pullout of French and EU soldiers
    from the country", "Kenyan troops deployed to the country" do not leave or enter their own country. The
    act is the word the preposition hangs on (a verb or an event noun); its forces are the armed-forces mentions
    (MIL) in its phrase outside "the country", or its subject's. Nothing for another preposition or sector."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _MOVING_PREPS or prep.head.pos_ not in ("VERB", "NOUN"):
        return frozenset()
    act = prep.head
    words = {t.i for t in act.subtree} - {t.i for t in tok.subtree}
    words |= {t.i for c in act.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return frozenset(m.actor.country for m in r.mentions
                     if m.actor.sector == "MIL" and m.actor.country and m.start in words)


def _pronoun_subject(r: Resolution) -> None:
    """A sentence opening with "He" or "She" as subject speaks of the one person named just before it."""
    if r.context is None:
        return
    first = next((t for t in r.sent if not t.is_punct and t.dep_ not in _LEADING_DEPS), None)
    if first is None or first.lower_ not in ("he", "she") or first.dep_ not in ("nsubj", "nsubjpass") \
            or not r.free(first.i, first.i + 1):
        return
    name = r.context.person_before(r.text)
    if name is None or name not in r.kb.people:
        return
    actor = r.kb.person_actor(name, r.on, first.text)
    if actor is not None:
        r.add(actor, first.i, first.i + 1, 0.7, "coreference")


def _context_actor(r: Resolution, person: ContextPerson, text: str) -> Actor | None:
    """The actor a document person stands for: a known person's office, else the in-text title's coding."""
    if person.known:
        return r.kb.person_actor(person.name, r.on, text)
    if person.country and person.sector:
        return Actor(text=text, name=person.name, code=person.country + person.sector, country=person.country,
                     sector=person.sector, kind="person", person=person.name)
    return None
