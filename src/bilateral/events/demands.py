"""Demands and appeals with a clause of their own, aimed at that clause's subject: "Washington said Kigali must
withdraw" (a reported clause with "must"/"should", or "needs to"), "Greece demanded that its partners
refuse ...", "called for Chad to lift restrictions". What is demanded did not happen: the clause's own event is
absorbed and decides the code ("must withdraw" -> a demand to withdraw).

The "need" a speaker sees "for Kenya to act" is an appeal of the same kind (``needed_clauses``).

Three passes of ``embedding.find_frames`` (split from events/embedding.py, which declares their order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import CONTROLLED, DIRECT, Frame, controller
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.roles import passive_subject_of, prep_objects, subject_of
from bilateral.events.quoted_speakers import quoted_speaker
from bilateral.events.speech import for_clause, issuer
from bilateral.models import CameoCode, Mention


def _clause_frame(frames: dict[int, Frame], clause: Token) -> Frame | None:
    """The event a reported or demanded clause states: its verb's, or that of the predicate its copula or
    control verb carries ("that Norway must be willing to negotiate": the intent to negotiate)."""
    if clause.i in frames:
        return frames[clause.i]
    return next((frames[c.i] for c in clause.children if c.dep_ in ("acomp", "xcomp") and c.i in frames), None)


def _absorb_clause(frames: dict[int, Frame], clause: Token, cls: str,
                   rules: FrameRules) -> tuple[CameoCode, Frame | None]:
    """The code of a demand or appeal (``cls``) on a clause, and the clause's own event, now absorbed: it did
    not happen, it was asked for, and it decides the code ("must withdraw" -> demand to withdraw); the class's
    default code when the clause codes no event."""
    inner = _clause_frame(frames, clause)
    if inner is None or inner.absorbed:
        return CameoCode(rules.intent_codes[cls]["default"]), None
    inner.absorbed = True
    return rules.intent_code(cls, inner.cameo, load_codes().get(inner.cameo).plover or ""), inner


def bare_entry(token: Token, code: CameoCode) -> TriggerEntry:
    """A lexicon entry for a demand that no trigger of its own carries ("said Kigali must explain")."""
    return TriggerEntry("verb", token.lemma_.lower(), None, frozenset(), frozenset(), code, frozenset(), 0)


_DEMAND_MODALS = {"must": "demand", "should": "appeal"}
"""Modals that turn a reported clause into a demand or an appeal to its subject."""


def _obliged(clause: Token, rules: FrameRules) -> bool:
    """"Kigali needs to withdraw": a verb of obligation (frames.json ``obligation_verbs``)
    with the act it obliges to as its "to" infinitive."""
    return clause.lemma_.lower() in rules.obligation_verbs and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in clause.children)


_OBLIGATION_HOLDERS = {"be": ("prep", "under"), "have": ("dobj", None)}
"""How a clause's verb holds an obligation noun: "is under an obligation", "has a duty"."""


def _obligation_act(clause: Token, rules: FrameRules) -> Token | None:
    """The act an obligation noun (frames.json ``obligation_nouns``) held by the clause's verb obliges its subject
    to, its "to" infinitive: "Kigali is under an obligation to withdraw", "has a duty to protect"; None for any other
    clause, an obligation to no act ("has obligations to its allies") or none at all ("is under no obligation")."""
    holder = _OBLIGATION_HOLDERS.get(clause.lemma_.lower())
    if holder is None:
        return None
    dep, word = holder
    slots = [c for c in clause.children if c.dep_ == dep and (word is None or c.lower_ == word)]
    nouns = [p for s in slots for p in (s.children if word is not None else (s,)) if word is None or p.dep_ == "pobj"]
    return next((act for noun in nouns if noun.lemma_.lower() in rules.obligation_nouns
                 and not any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
                 for act in noun.children if act.dep_ == "acl" and act.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children)), None)


def reported_demands(frames: dict[int, Frame], sent: Sequence[Token], index: MentionIndex,
                     lexicon: Lexicon) -> None:
    """"Washington said Kigali must withdraw its troops", "... needs to withdraw": a demand (10x) by the speaker on
    the clause's subject.

    The clause's own event, if coded, is absorbed and decides the code ("must withdraw" -> demand to
    withdraw); a clause whose subject is the speaker's own state ("Rwanda must defend itself", said by
    Kagame) is no demand on anyone. Negated clauses ("must not") are left alone.
    """
    rules = lexicon.rules
    for token in sent:
        if token.lemma_.lower() not in rules.speech_verbs or token.i in frames:
            continue
        subj = subject_of(token, rules.relative_pronouns)
        sources = (index.actors(subj) if subj is not None else []) or issuer(token, index, rules)
        if not sources:
            continue
        for clause in token.children:
            if clause.dep_ == "ccomp" and demand_on_clause(frames, token, clause, sources, index, rules):
                break


def demand_on_clause(frames: dict[int, Frame], said: Token | None, clause: Token, sources: list[Mention],
                     index: MentionIndex, rules: FrameRules) -> bool:
    """Whether ``clause``, said by ``sources``, demands (10x, "must") or asks (02x, "should", "needs to") an act of
    its subject, adding that demand at the speech verb ``said`` (None: at the modal, in a quotation going on, whose
    speaker is named in an earlier sentence); not when it is negated, its subject names no actor other than the
    speakers' own, or it asks only to know something."""
    modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS), None)
    act = _obligation_act(clause, rules) if modal is None else None
    if modal is None and (_obliged(clause, rules) or act is not None):
        modal = clause  # "said Kigali needs to withdraw", "is under an obligation to withdraw": the verb is the modal
    if modal is None or any(c.dep_ == "neg" for c in clause.children):
        return False
    addressee = subject_of(clause, rules.relative_pronouns)
    own = {(m.actor.country, m.actor.code) for m in sources}
    targets = [m for m in (index.actors(addressee) if addressee is not None else [])
               if not any(m.actor.code == code or (m.actor.country == country and m.actor.sector is None)
                          for country, code in own)]
    if not targets:
        return False
    if clause.lemma_.lower() in rules.cognition_verbs and _clause_frame(frames, clause) is None:
        return False  # "Y must understand that ...": knowing is no act asked of Y
    code, inner = _absorb_clause(frames, act if act is not None else clause, _DEMAND_MODALS.get(modal.lower_, "demand"),
                                 rules)
    trigger = said or modal
    said_words = [trigger] if trigger == modal else [trigger, modal]
    if inner is not None:
        entry, words = inner.entry, [*said_words, *inner.words]
    else:
        entry, words = bare_entry(trigger, code), [*said_words, clause]
    frames[trigger.i] = Frame(trigger, words, entry, code, sources, targets, DIRECT * CONTROLLED,
                              False, False, trigger)
    if inner is not None and (refusal := _own_refusal(inner, clause, index, sources, targets)) is not None:
        frames[clause.i] = replace(refusal, anchor=trigger)
    return True


def _own_refusal(inner: Frame, clause: Token, index: MentionIndex, sources: list[Mention],
                 addressees: list[Mention]) -> Frame | None:
    """The speaker's own refusal in the refusal it demands of another ("said the UN must maintain sanctions on
    Y": the speaker refuses to ease them on Y too, as CAMEO codes a stance): the demanded act, a rejection (12x),
    said by the speaker and aimed at the first actor named after the clause's verb that is neither side of the
    demand; None for any other act, or when the clause names no third party ("the UN must maintain its stance")."""
    if load_codes().get(inner.cameo).plover != "REJECT":
        return None
    sides = {m.actor.country for m in [*sources, *addressees]}
    third = next((m for t in clause.subtree if t.i > clause.i and (m := index.at(t)) is not None
                  and m.actor.country not in sides), None)
    if third is None:
        return None
    return replace(inner, sources=sources, targets=[third], absorbed=False, confidence=inner.confidence * CONTROLLED)


def _with_clause(clause: Token) -> bool:
    """"pleaded with Chad to lift restrictions": an infinitive clause introduced by "with", which the parser makes
    of the one pleaded with and what they are asked to do; read only under an appeal or demand verb, where the
    "with" phrase names the addressee ("agreed with Chad to open talks" is no appeal)."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def demanded_clauses(frames: dict[int, Frame], sent: Sequence[Token], index: MentionIndex,
                     lexicon: Lexicon) -> None:
    """"Greece demanded that its partners refuse to recognise X", "the WHO repeated its demand that Chad lift
    restrictions", "insisted on its demands that the junta free more detainees", "called for Chad to lift
    restrictions", "pleaded with Chad to lift restrictions" (the parser makes "with Chad to lift" a clause of its
    own, as it does "for Chad to lift"): an appeal or demand with a
    clause of its own is aimed at that clause's subject, and the clause's event, if coded, did not happen: it
    is absorbed and decides the code (in place). A clause whose subject is the source itself is no demand."""
    rules = lexicon.rules
    for token in sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        own = frames.get(token.i)
        if own is not None and own.targets:
            continue
        cls = rules.intent_verbs.get(token.lemma_.lower())
        if cls is None and token.lemma_.lower() in rules.object_appeals and any(
                c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in token.children):
            cls = "appeal"  # "Lula wants Peru to release more prisoners"
        nouns = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, frozenset({"on", "upon"}))
        noun = next((n for n in nouns if rules.intent_verbs.get(n.lemma_.lower()) in rules.addressee_intents), None)
        if cls not in rules.addressee_intents:
            cls = rules.intent_verbs.get(noun.lemma_.lower()) if noun is not None else None
        if cls not in rules.addressee_intents:
            continue
        places = [token] + ([noun] if noun is not None else [])
        clause = next((c for p in places for c in p.children
                       if (c.dep_ in ("ccomp", "acl") or for_clause(c) or _with_clause(c))
                       and c.pos_ in ("VERB", "AUX") and c.i > p.i),
                      None)
        # "called for the generals to be tried": what is asked is done to the passive subject, whom it concerns
        subj = subject_of(clause, rules.relative_pronouns) if clause is not None else None
        if subj is None and clause is not None and for_clause(clause):
            subj = passive_subject_of(clause, rules.relative_pronouns)
        if clause is None or subj is None:
            continue
        if own is not None:
            sources = own.sources
        else:
            speaker, _ = controller(token, lexicon)
            sources = (index.actors(speaker) or speaker_of_pronoun(speaker, index, lexicon)) if speaker else []
            sources = sources or issuer(token, index, rules)
        own_codes = {m.actor.code for m in sources}
        targets = [m for m in index.actors(subj) if m.actor.code not in own_codes]
        if not sources or not targets:
            continue
        code, inner = _absorb_clause(frames, clause, cls, rules)
        words = [token, *places[1:], *inner.words] if inner is not None else places
        if own is not None:
            frames[token.i] = replace(own, words=words, cameo=code, targets=targets,
                                      confidence=own.confidence * CONTROLLED)
        else:
            frames[token.i] = Frame(token, words, bare_entry(token, code), code, sources, targets,
                                    DIRECT * CONTROLLED, False, False, token)


def _need_speakers(noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Who sees the need a noun names: the actor subject of the speech verb it is the object of ("X stressed the
    need for ..."), or the speaker of the clause it lies in ("'This shows the need for ...,' X said"); none when the
    news voice states it or the verb is negated ("did not see the need")."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return []
    rules = lexicon.rules
    subj = subject_of(verb, rules.relative_pronouns) if verb.lemma_.lower() in rules.speech_verbs else None
    named = (index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)) if subj is not None else []
    return named or quoted_speaker(verb, index, rules)  # "'The floods show the need ...,' X said"


def needed_clauses(frames: dict[int, Frame], sent: Sequence[Token], index: MentionIndex,
                   lexicon: Lexicon) -> None:
    """"The attack shows the need for the government to invest in its police," the envoy said: a need a speaker
    sees for another party to act (frames.json ``need_nouns``, with an infinitive clause of its own introduced by
    "for") is an appeal (02x) by the speaker to that clause's subject, and the clause's event did not happen: it is
    absorbed and decides the code (in place). Not fired: no speaker (the news voice's own "the crisis shows the
    need for ..."), a need denied ("no need", "did not see the need"), a clause whose subject is the speaker's own
    side or no actor ("the need for prices to fall")."""
    rules = lexicon.rules
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rules.need_nouns or noun.i in frames \
                or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            continue
        clause = next((c for c in noun.children if for_clause(c) and c.i > noun.i), None)
        subj = subject_of(clause, rules.relative_pronouns) if clause is not None else None
        if clause is None or subj is None:
            continue
        said = frames.get(noun.head.i)  # "stressed the need": the verb's own appeal, which has no addressee yet
        if said is not None and (said.targets or noun not in said.words):
            continue
        sources = said.sources if said is not None else _need_speakers(noun, index, lexicon)
        own = {m.actor.code for m in sources}
        targets = [m for m in index.actors(subj) if m.actor.code not in own]
        if not sources or not targets:
            continue
        code, inner = _absorb_clause(frames, clause, "appeal", rules)
        words = [noun, *inner.words] if inner is not None else [noun]
        if said is not None:
            frames[noun.head.i] = replace(said, words=[*said.words, *words[1:]], cameo=code, targets=targets,
                                          confidence=said.confidence * CONTROLLED)
        else:
            frames[noun.i] = Frame(noun, words, bare_entry(noun, code), code, sources, targets,
                                   DIRECT * CONTROLLED, False, False, noun)
