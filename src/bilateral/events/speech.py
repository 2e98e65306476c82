"""Who speaks and to whom, where the appeal or statement verb's own slots do not say it.

Two constructions of reported speech leave a slot that the rest of the sentence fills:

- a statement, report or letter that urges, calls on or condemns speaks for whoever issued it ("X issued a
  statement urging Y to ...", "X released a report that calls on Y to ...", "said in a letter urging Y to ...");
- a personal pronoun object ("him", "her", "them") of a verb stands for the actor named as the object of an
  earlier verb of the same sentence ("X phoned Y and urged him to ...", "X met Y and asked her to ...").

A third is a statement in itself: calling something by a disapproving word ("called X's tariffs unacceptable",
"described X's plan as a disaster"), or saying it is one ("X said Y's deployment is illegal", "“Y's plan is
dangerous,” X warned"), criticises whoever the thing belongs to (CAMEO 111); said of a claim ("called the
allegations baseless", "“This is false,” X said") it rejects the claim (120), aimed at its claimant. Calling an
actor or its act by an approving word ("calls Xi a dear friend", "called X's offer constructive") praises it (051);
a neutral word ("a partner") says nothing.

A statement noun that speaks speaks for its author: its "by"/"from"/"of" phrase ("a report by X said Y's plan is
illegal"), as does an "according to" phrase on a verdict ("according to a report by X, Y's plan is illegal"); a
news outlet is the author only of its editorials.

The first two only fill a slot left empty, never replace an actor the verb's own words name; the pronoun never binds to
the verb's own source (a speaker does not appeal to himself).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame, named_before_article
from bilateral.events.judged_acts import judged
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.patient_acts import thing_owners
from bilateral.events.participle_it import characterised_by_participle, main_clause_objects, participle_it
from bilateral.events.governed import counted_slot
from bilateral.events.characterised import characterised, predicate_apposition
from bilateral.events.roles import direct_object_of, possessor_of, prep_objects
from bilateral.events.roles import subject_of
from bilateral.events.verdict_words import approves, disapproves, praises
from bilateral.models import CameoCode, Mention

_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
"""Personal pronouns that, as an object, stand for an actor named earlier in the sentence."""
_PERSONAL = frozenset({"him", "her"})
"""Pronouns that stand for a person, never for a state or an organisation."""
_OBJECT_DEPS = frozenset({"dobj", "oprd", "dative"})
"""Dependencies of a verb's object (``oprd``: the object of "called X" that the parser takes for a predicate)."""
_ADDRESSEE_PREPS = frozenset({"on", "upon", "with", "to"})
"""Prepositions that name an appeal's addressee ("called on him", "pleaded with them")."""
_ISSUER_PREPS = frozenset({"from", "by"})
"""Prepositions of a statement noun that name who issued it ("a statement from X", "a letter by X")."""
_AUTHOR_PREPS = frozenset({"from", "by", "of"})
"""Prepositions of a statement noun that, as the subject of a speech verb, name its author ("a report by X said",
"the statement of X said"); never "on" or "about", which name what it is about."""
_MEDIA = "MED"
"""The sector of news outlets: a report by an outlet ("a report by Reuters said ...") is news, not its own word."""
_OPINION_NOUNS = frozenset({"editorial"})
"""Statement nouns in which an outlet speaks for itself ("an editorial by the Times said ...")."""
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
"""Sectors of a state's own bodies: an allegation by one about another of its country is about its own side."""


def _pronoun_object(verb: Token) -> Token | None:
    """The verb's object pronoun: its direct object ("it" only on a participle, ``participle_it``), or the object
    of an addressee preposition."""
    for child in verb.children:
        if child.dep_ == "dobj" and (child.lower_ in _OBJECT_PRONOUNS or participle_it(verb, child)):
            return child
    return next((p for p in prep_objects(verb, _ADDRESSEE_PREPS) if p.lower_ in _OBJECT_PRONOUNS), None)


_GROUP_ENTITIES = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})
"""Entity labels of a name that is no person's."""


def unresolved_pronoun_object(verb: Token, index: MentionIndex) -> bool:
    """Whether the verb's object is a personal pronoun ("him", "them") that names no actor."""
    pronoun = _pronoun_object(verb)
    return pronoun is not None and not index.actors(pronoun)


def _fits(pronoun: Token, mention: Mention, index: MentionIndex) -> bool:
    """"him"/"her" stand for a person ("Uganda's president", "Museveni"), not for a state or an organisation
    named by its name ("Uganda"); "them" for anyone."""
    if pronoun.lower_ not in _PERSONAL or mention.actor.kind == "person":
        return True
    head = index.head_of(mention)
    return head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.ent_type_ not in _GROUP_ENTITIES)


def bound_object(verb: Token, index: MentionIndex, sources: Sequence[Mention]) -> list[Mention]:
    """The actors a pronoun object of ``verb`` stands for: the object of the verb it is coordinated with, else
    the nearest actor named as the object of an earlier verb; none when the object names an actor itself or
    is no personal pronoun."""
    pronoun = _pronoun_object(verb)
    if pronoun is None or index.actors(pronoun):
        return []
    own = {m.actor.code for m in sources}
    if pronoun.lower_ == "it":
        return main_clause_objects(verb, index, own)

    def usable(tok: Token) -> list[Mention]:
        return [m for m in index.actors(tok) if m.actor.code not in own and _fits(pronoun, m, index)]

    if verb.dep_ == "conj" and verb.head.i != verb.i:
        for child in verb.head.children:
            if child.dep_ in _OBJECT_DEPS and (found := usable(child)):
                return found
    for tok in reversed(list(verb.doc[:pronoun.i])):
        if tok.dep_ in _OBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < verb.i \
                and (found := usable(tok)):
            return found
    return []


def _statement_noun(verb: Token, rules: FrameRules) -> Token | None:
    """The statement noun a verb's clause describes: "a statement urging ..." (a participle), "a report that
    calls on ..." (a relative clause whose subject is the noun)."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in rules.statement_nouns:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return head
    subj = subject_of(verb, rules.relative_pronouns)
    if verb.dep_ == "relcl" and subj is not None and subj.i == head.i:
        return head
    return None


def author(subj: Token | None, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """The actors a statement noun speaks for ("a 2019 report by X said ...", "according to a report by X",
    "a statement from X condemned ..."): its "by"/"from"/"of" phrase. None when the subject is no statement noun,
    names an actor itself ("X's report", "a X report": the mention index has it already), or has no author ("a
    report on X said ...", "reports said ..."); a news outlet is the author only of an editorial ("a report by
    Reuters said ..." is news)."""
    noun = subj.lemma_.lower() if subj is not None else ""
    if subj is None or noun not in rules.statement_nouns or index.actors(subj):
        return []
    found = [m for p in prep_objects(subj, _AUTHOR_PREPS) for m in index.actors(p)]
    return found if noun in _OPINION_NOUNS else [m for m in found if m.actor.sector != _MEDIA]


def according_to(clause: Token, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """The actors an "according to" phrase on ``clause`` names as who says it: the actors its object names, or a
    statement noun's author ("according to a report by X"). A news outlet is no author of what it reports
    ("according to Reuters": news, not the outlet's own word); none when there is no such phrase."""
    found: list[Mention] = []
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            for obj in (p for to in prep.children if to.lower_ == "to" for p in to.children if p.dep_ == "pobj"):
                found += index.actors(obj) or author(obj, index, rules)
    return [m for m in found if m.actor.sector != _MEDIA]


def speaker_of(subj: Token | None, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Who a speech verb's subject stands for: the actors it names, a statement's author (``author``), or the
    actor a pronoun stands for."""
    if subj is None:
        return []
    return index.actors(subj) or author(subj, index, lexicon.rules) or speaker_of_pronoun(subj, index, lexicon)


def issuer(verb: Token, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """The actors a statement speaks for, when ``verb`` is what the statement says: whoever issued it ("X issued
    a statement urging ...", "said in a letter calling on ...", through a noun counting it: "issued a series of
    warnings demanding ..."), or its possessor or "from"/"by" phrase ("X's statement urging ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "a report that found X and called on Y to ..."
        verb = verb.head
    noun = _statement_noun(verb, rules)
    if noun is None:
        return author(subject_of(verb, rules.relative_pronouns), index, rules)  # "a report by X urged Y to ..."
    poss = possessor_of(noun)
    named = index.actors(poss) if poss is not None else []
    named += [m for p in prep_objects(noun, _ISSUER_PREPS) for m in index.actors(p)]
    if named:
        return named
    governor = (noun := counted_slot(noun, rules)).head
    if noun.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head  # "said in a statement urging ..."
    elif noun.dep_ != "dobj":
        return []
    if governor.pos_ not in ("VERB", "AUX") or governor.lemma_.lower() in rules.response_verbs | rules.recipient_verbs:
        return []  # "rejected a statement urging ...", "received a letter urging ...": not who issued it
    subj = subject_of(governor, rules.relative_pronouns)
    return index.actors(subj) if subj is not None else []


def for_clause(clause: Token) -> bool:
    """"called for Chad to lift restrictions", "pushed for X to reopen": an infinitive clause with its own subject
    introduced by "for" names an act asked for, wanted or waited for, not one done."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


_CRITICISE = CameoCode("111")
"""CAMEO "criticize or denounce"."""
_PRAISE = CameoCode("051")
"""CAMEO "praise or endorse": calling an actor a friend or its act constructive."""
def characterisation(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """"called Ugandan tariffs 'unacceptable'", "described the Ugandan plan as a disaster": the subject criticises
    the object's actor when what it calls the object holds a disapproving word; None otherwise (calling X a
    partner, or calling someone on the phone)."""
    rules = lexicon.rules
    if verb.lemma_.lower() not in rules.characterising_verbs:
        return None
    thing, said = characterised(verb)
    if thing is None and said and said[0].dep_ == "oprd" and predicate_apposition(said[0]) is not None:
        thing = said.pop(0)  # "called X a stupid guy" parsed as the predicate X with an apposition
    if thing is not None and (name := named_before_article(thing)) is not None:
        thing, said = name, [thing, *said]  # "called Xi a partner" parsed as the object "partner" with "Xi" on it
    elif thing is not None and (predicate := predicate_apposition(thing)) is not None:
        said.append(predicate)  # "called X a stupid man": the predicate hung on X as its apposition
    thing, caller = characterised_by_participle(verb, thing, index, rules.relative_pronouns)  # "..., calling it X"
    if thing is None or not said:
        return None
    disapproving = disapproves(said, rules)
    if not disapproving and not approves(said, rules):
        return None
    sources = speaker_of(subject_of(verb, rules.relative_pronouns) or caller, index, lexicon)
    if disapproving and sources and _claim(thing, rules):  # "called the allegations baseless": rejected
        return _refutation(verb, verb, [verb, *said, thing], thing, sources, index)
    told = _said_words(thing, said)
    targets = [m for m in thing_owners(thing, index, rules) if m not in sources and m.start not in told]
    if not sources or not (targets or disapproving):  # "described the attack as deplorable": its doer's, if told
        return None
    return judged(_criticism(verb, said, sources, targets, _CRITICISE if disapproving else _PRAISE), thing, lexicon)


def _said_words(thing: Token, said: list[Token]) -> set[int]:
    """The words said of a thing, outside the thing's own phrase ("the plan as a disaster for X", "as" hung on the
    plan): an actor named there (X, whom the disaster befalls) owns no part of the thing."""
    words: set[int] = set()
    for predicate in said:
        phrase = {t.i for t in predicate.subtree}
        words |= phrase - {t.i for t in thing.subtree} if thing.i in phrase else phrase  # "consider X a good step"
    return words


_REJECT = CameoCode("120")
"""CAMEO "reject, not specified": what a speaker says of a claim made against it, when it disapproves."""
_POINTING = frozenset({"this", "that", "these", "those"})
"""Pronouns that, as what a verdict is about ("This is completely false"), point back to what was just claimed."""


def _claim(thing: Token, rules: FrameRules) -> bool:
    """Whether a judged thing is a claim: a claim noun ("the allegations"), the case made for a charge ("the
    evidence", ``charge_nouns``) or a pronoun pointing back ("this")."""
    return thing.lemma_.lower() in rules.claim_nouns | rules.charge_nouns or (
        thing.pos_ == "PRON" and thing.lower_ in _POINTING)


def _refutation(trigger: Token, anchor: Token, words: list[Token], thing: Token, sources: list[Mention],
                index: MentionIndex) -> Frame:
    """A disapproving word for a claim rejects it (CAMEO 120): aimed at whoever the claim is said to be by ("X's
    claims", "the charges by X"), else left without a target for ``replies.answer_replies`` to give it the claimant
    of the document's earlier accusation against the speaker's side (none found: nothing is coded). Anchored on
    the clause that judges the claim, so no bystander of the speech verb ("told the council") is taken for the
    claimant."""
    targets = [m for m in thing_owners(thing, index) if m not in sources] if thing.pos_ != "PRON" else []
    entry = TriggerEntry("verb", trigger.lemma_.lower(), None, frozenset(), frozenset(), _REJECT, frozenset(), 0)
    return Frame(trigger, words, entry, _REJECT, sources, targets, DIRECT, False, False, anchor)


_VERDICT_DEPS = frozenset({"acomp", "attr"})
"""Dependencies of what a copula says its subject is ("is dangerous", "is a violation")."""
HEDGES = frozenset({"would", "could", "might", "may", "will", "shall", "should", "must", "can", "'d", "'ll"})
"""Modals of a verdict that is not one yet: "would be unacceptable" warns of what has not happened."""
_PARTIES = frozenset({"between", "among"})


def _verdict_owners(thing: Token, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """Whose the judged thing is: its own actors ("the Kenyan deployment") and the parties of a joint act
    ("cooperation between X and Y"), or, for a gerund ("expanding cooperation between X and Y"), those of its
    object."""
    if thing.tag_ == "VBG" and (obj := direct_object_of(thing)) is not None:
        thing = obj
    owners = thing_owners(thing, index, rules)  # a name in apposition to the act may stand for one party only
    return [*owners, *(m for p in prep_objects(thing, _PARTIES) for m in index.actors(p) if m not in owners)]


def _news(verb: Token, subj: Token | None, rules: FrameRules) -> bool:
    """Whether a speech verb reports news: the verb "report" ("X reported that ..."), or a statement noun other
    than an opinion noun as its subject ("a Reuters report said ..."). A news outlet that reports a verdict does
    not make it its own; its editorial does."""
    if verb.lemma_.lower() == "report":
        return True
    noun = subj.lemma_.lower() if subj is not None else ""
    return noun in rules.statement_nouns and noun not in _OPINION_NOUNS


def reported_verdict(verb: Token, index: MentionIndex, lexicon: Lexicon, voice: Sequence[Mention] = ()) -> Frame | None:
    """"Kenya warned that Uganda's deployment is dangerous", "'The Kenyan plan is illegal,' Uganda said": a speaker
    who says that what an actor did or owns is a disapproving word criticises that actor (CAMEO 111), as calling
    it so does (``characterisation``); a disapproving word for a claim rejects the claim (``_refutation``); an
    approving one ("said the accord between X and Y is a positive step", ``verdict_words.praises``) praises the
    thing's owners (051), when the thing names them and they are not the speaker's own side. None when the verdict
    is negated or hedged ("is not illegal", "would be unacceptable"), when nobody is named as the speaker, or when
    the thing names no actor. The speaker may be named by an "according to" phrase on the verdict itself
    ("according to a report by X, Y's plan is illegal", ``according_to``), or be ``voice`` (running_quotes.py)."""
    rules = lexicon.rules
    attributed = (according_to(verb, index, rules) or list(voice)) if verb.lemma_ == "be" else []
    clause: Token | None = verb  # "according to X, Y's deployment is illegal": the verdict is X's
    if attributed:
        pass
    elif verb.lemma_.lower() not in rules.speech_verbs:
        return None
    else:
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_ == "be"), None)
    if clause is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in clause.children):
        return None
    said = [c for c in clause.children if c.dep_ in _VERDICT_DEPS]
    said += [conj for c in said for conj in c.conjuncts if conj.i > c.i]
    thing = next((c for c in clause.children if c.dep_ in ("nsubj", "csubj")), None)
    if thing is None or not said:
        return None
    disapproving = disapproves(said, rules)
    if not disapproving and not praises(said, rules):
        return None
    subj = subject_of(verb, rules.relative_pronouns)
    sources = attributed or speaker_of(subj, index, lexicon)
    if _news(verb, subj, rules):  # "Reuters reported that X's plan is illegal": news, not Reuters' criticism
        sources = [m for m in sources if m.actor.sector != _MEDIA]
    if disapproving and sources and _claim(thing, rules):  # "'These charges are baseless,' X said"
        return _refutation(said[0], clause, [*said, thing], thing, sources, index)
    targets = [m for m in _verdict_owners(thing, index, rules) if m not in sources]
    if not sources:  # "'The attack is deplorable,' X said": the attack's doer's, if the story told it
        return None
    if not disapproving:  # praise needs a party other than the speaker's own: "the talks are a positive step"
        targets = [m for m in targets if not _own_side(m, sources)]
        return _criticism(verb, said, sources, targets, _PRAISE) if targets else None
    return judged(_criticism(verb, said, sources, targets), thing, lexicon)


def _own_side(party: Mention, sources: Sequence[Mention]) -> bool:
    """Whether a party is a speaker itself or the speaker's state, named as a state ("Peru's accord" said by a
    Peruvian minister): the speaker's own side, whose praise by it is no act on anyone."""
    return any(party.actor.code == m.actor.code or (party.actor.country in (m.actor.country or "",)
                                                    and party.actor.sector in (None, "GOV")) for m in sources)


def accused_in_clause(frame: Frame, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """"Kenya alleged that Uganda had attacked its posts", "'Uganda attacked our posts,' Kenya alleged": an
    accusation with a clause of its own accuses the clause's subject (the act it reports stays, alleged). Not the
    speaker's own country ("alleged that its army had been attacked"), unless a body of the state alleges what a
    group of its country outside the state did, the group the active subject ("a court alleged the journalist
    had posted false messages"): that is the state accusing its own citizens, not a claim about its own side."""
    own = {m.actor.code for m in frame.sources} | {m.actor.country for m in frame.sources if m.actor.country}
    state = all(m.actor.sector in STATE_SECTORS for m in frame.sources)
    for clause in frame.trigger.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject_of(clause, rules.relative_pronouns)
        if subj is None:
            continue
        citizens = state and subj.dep_ == "nsubj"
        return [m for m in index.actors(subj) if m.actor.code not in own and (m.actor.country not in own or (
            citizens and m.actor.sector is not None and m.actor.sector not in STATE_SECTORS))]
    return []


def _criticism(verb: Token, said: list[Token], sources: list[Mention], targets: list[Mention],
               code: CameoCode = _CRITICISE) -> Frame:
    """The criticism (CAMEO 111), or with ``code`` the praise (051), a speaker's verdict makes of the thing's
    owners, said with ``verb``."""
    entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), code, frozenset(), 0)
    return Frame(verb, [verb, *said], entry, code, sources, targets, DIRECT, False, False, verb)
