"""Directives whose asked act codes nothing: telling, instructing or encouraging a named actor to act.

"The governor told city council members to draft regulations", "I encourage the prosecutors to wrap up
their inquiries", "the ministry instructed the provinces to prepare lists", "AU envoys told member governments
that they should not shut their crossings": the verb asks its object to act, so it is a demand (10x: telling,
instructing) or an appeal (02x: encouraging) by the subject on that object, whatever is asked. When the asked act
is an event of its own, ``embedding.absorb_intents`` codes it ("told Y to withdraw" -> 1056); this pass codes the
rest, which would otherwise be lost because "tell" and "encourage" are no triggers by themselves ("told reporters",
"encouraged by the results").

An order not to print or air anything ("instructed publishers not to print books", frames.json ``publishing_verbs``)
restricts what they may say: censorship (1721), not a demand; an order to print is a demand still.

A speaker's own present-tense passive directive is the speaker's ("'The police are instructed to restore order,' the
president said": the one who says it gives the instruction, to the passive subject).

Not fired: an object that is no actor or is the press ("told reporters to expect delays", "told VOA to ..."); any
other passive ("was told to leave", "'they were instructed to leave,' a witness said": who told is not named);
"tell" with a clause that is only reported ("told lawmakers that the economy is strong", "told Y that Z must
leave": the demand is on Z, ``reported_demands``'s); a clause whose subject is someone other than the addressee;
a subject that is the addressee's own code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.demands import bare_entry
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.lexicon import Lexicon
from bilateral.events.roles import direct_object_of, is_passive, passive_subject_of, subject_of
from bilateral.events.quoted_speakers import quoted_speaker
from bilateral.models import CameoCode, Mention

_DIRECTIVES = {"tell": "demand", "instruct": "demand", "encourage": "appeal"}
"""Verbs that ask their object to act, and the intent class whose default code they take (100, 020)."""
_CENSORSHIP = "1721"
"""CAMEO "impose restrictions on political freedoms": what an order not to print or air something is."""
_SPEAKER_PASSIVES = frozenset({"instruct", "encourage"})
"""Directives whose present passive in a quotation is the speaker's own ("X is instructed to"); not "tell": "we are
told to wait" reports what others say."""
_CLAUSE_MODALS = frozenset({"should", "must", "shall"})
"""Modals of a "that" clause that make telling someone what they should do a directive."""
_ADDRESSEE_PRONOUNS = frozenset({"they", "it", "he", "she", "you"})
"""Pronoun subjects of a "told Y that they should ..." clause, which stand for the addressee."""


def _infinitive(verb: Token) -> Token | None:
    """The verb's "to" infinitive complement ("told Y to draft"), if any."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                 and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)), None)


def _modal_clause(verb: Token, targets: Sequence[Mention], index: MentionIndex, lexicon: Lexicon) -> Token | None:
    """The verb's "that" clause telling the addressee what it should or must do ("told Y that they shouldn't
    close borders"): its subject is a pronoun or names the addressee."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _CLAUSE_MODALS for c in clause.children):
            continue
        subj = subject_of(clause, lexicon.rules.relative_pronouns)
        if subj is None:
            continue
        if subj.lower_ in _ADDRESSEE_PRONOUNS:
            return clause
        codes = {m.actor.code for m in targets}
        named = index.actors(subj)
        if named and all(m.actor.code in codes for m in named):
            return clause
    return None


def _said_in_force(verb: Token) -> bool:
    """Whether a passive directive is in force as it is said: present tense ("is instructed", "are told"), not a
    past one ("were instructed") that someone reports."""
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def bare_directives(frames: dict[int, Frame], sent: Sequence[Token], index: MentionIndex,
                    lexicon: Lexicon) -> None:
    """Code the directives whose asked act codes no event of its own (in place)."""
    rules = lexicon.rules
    for token in sent:
        cls = _DIRECTIVES.get(token.lemma_.lower())
        if cls is None or token.pos_ != "VERB":
            continue
        passive = is_passive(token)
        if passive and (token.lemma_.lower() not in _SPEAKER_PASSIVES or not _said_in_force(token)):
            continue
        given = frames.get(token.i)  # a passive's asked act, absorbed already, with no one named as asking
        if given is not None and (not passive or given.sources):
            continue
        obj = passive_subject_of(token, rules.relative_pronouns) if passive else direct_object_of(token)
        if obj is None:
            continue
        targets = [m for m in index.actors(obj) if m.actor.sector not in rules.press_sectors]
        if not targets:
            continue
        asked = _infinitive(token)
        if asked is None and token.lemma_.lower() == "tell":
            asked = _modal_clause(token, targets, index, lexicon)
        if asked is None:
            continue
        code = CameoCode(rules.intent_codes[cls]["default"])
        inner = frames.get(asked.i)
        if inner is not None and not inner.absorbed:
            if not passive and (asked.dep_ != "ccomp" or any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in asked.children)):
                continue  # an active infinitive's own event is ``absorb_intents``'s
            if passive and not quoted_speaker(token, index, rules):
                continue  # no one to have asked it: the act stays as told
            inner.absorbed = True  # "told Y that they should close borders": asked, not done
            if not any(c.dep_ == "neg" for c in asked.children):
                code = rules.intent_code(cls, inner.cameo, load_codes().get(inner.cameo).plover or "")
        if cls == "demand" and asked.lemma_.lower() in rules.publishing_verbs \
                and any(c.dep_ == "neg" for c in asked.children):
            code = CameoCode(_CENSORSHIP)  # "instructed publishers not to print": a restriction, not a request
        subj = None if passive else subject_of(token, rules.relative_pronouns)
        sources = (index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)) if subj is not None else []
        if passive:
            sources = quoted_speaker(token, index, rules)  # "'X is instructed to ...,' Y said": Y instructs
        own = {m.actor.code for m in sources}
        targets = [m for m in targets if m.actor.code not in own]
        if not sources or not targets:
            continue
        if given is not None:
            frames[token.i] = replace(given, sources=sources, targets=targets)
            continue
        entry = bare_entry(token, code)
        # the one asked is the verb's own object, as with "urged Y to": as sure as a trigger's slot
        frames[token.i] = Frame(token, [token], entry, code, sources, targets, DIRECT, False, False, token)
