"""Trade and sanction measures as event nouns: who levies a customs charge, and on whom a hostile act done
"despite" it falls.

Helpers of ``nominal.noun_frame`` for what a measure's own phrase leaves out: a customs charge is levied by the
country the taxed goods go to ("tariff hikes on Chinese imports to Canada"), and what a subject acts "despite"
(threats, warnings, sanctions) was aimed at that subject ("Ankara tested the system despite threats of U.S.
sanctions").
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex, prep_objects, subject_of
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.models import Mention

_DEFIANCE_PREPS = frozenset({"despite"})
"""Prepositions of what a subject acts in defiance of ("tested the system despite threats of sanctions")."""


def importers(noun: Token, entry: TriggerEntry, index: MentionIndex,
              lexicon: Lexicon) -> tuple[list[Mention], Token | None]:
    """Who levies a customs charge that names no one who acts: the country the taxed goods go to, named in the
    charge's own "to" phrase or in that of the goods it is on ("tariff hikes on Chinese imports to Canada", "a duty
    on Chilean exports to Peru"); only the importing country levies one. A sanction on exports to a country ("oil
    exports to India") is not that country's, and goods going "to 50%" name no one."""
    if entry.lemma not in lexicon.rules.customs_charges:
        return [], None
    for goods in [noun, *prep_objects(noun, entry.preps)]:
        for pobj in prep_objects(goods, frozenset({"to"})):
            if found := index.actors(pobj):
                return found, pobj
    return [], None


def defiers(noun: Token, entry: TriggerEntry, sources: list[Mention], index: MentionIndex,
            lexicon: Lexicon) -> list[Mention]:
    """Whom a hostile act or threat is aimed at when a subject acts in defiance of it: the subject of the verb its
    "despite" phrase hangs on ("Ankara tested the system despite threats of U.S. sanctions": Ankara). Only for
    verbal and material conflict: one acts "despite" aid or talks aimed at others as well."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _DEFIANCE_PREPS or prep.head.pos_ not in ("VERB", "AUX") \
            or load_codes().get(entry.cameo).plover_quad not in (3, 4):
        return []
    subj = subject_of(prep.head, lexicon.rules.relative_pronouns)
    found = index.actors(subj) if subj is not None else []
    return [m for m in found if all(m.actor.country != s.actor.country and m.actor.code != s.actor.code
                                    for s in sources)]
