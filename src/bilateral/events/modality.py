"""Modality of a coded event: asserted, alleged, negated, future or hypothetical.

Markers on the trigger's own clause (``not``, ``will``, ``could``, ``if``, ``reportedly``) are read first,
then the chain of governing clauses: a plan ("plans to visit", "expects to sign") makes it future, a forecast
by others ("is expected to sign", "analysts expect X to sign") hypothetical, a speech or finding verb whose
speaker is not the event's source ("Kinshasa said Rwanda attacked") makes it alleged, an accusation ("accused
X of backing") makes the embedded act alleged, a denial makes it negated. A refusal is not a negation: CAMEO
codes it as a REJECT event (see ``frames``).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.clause_objects import absolute_told
from bilateral.events.lexicon import FrameRules
from bilateral.events.noun_complements import denied_noun, unrealised
from bilateral.events.perceived import perceived
from bilateral.events.ranked_subjects import ranked_copula
from bilateral.events.failed_efforts import failed_effort
from bilateral.events.questions import cleft_copula, degree_question
from bilateral.events.roles import listed_gerund, misattached_gerund, reduced_relative, subject_of
from bilateral.events.speech import author, for_clause
from bilateral.events.transparent import transparent
from bilateral.models import Mention, Modality

_CHARGING = frozenset({"accuse", "charge", "suspect", "indict", "arrest", "detain", "try", "prosecute"})
"""Verbs that hold someone to account for an act not yet proven ("charged with the killing of Y"): the act is alleged;
a conviction or sentence ("jailed for the killing of Y") finds that it happened."""
_CLIMB_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "relcl", "csubj", "parataxis", "acomp"})
_MAX_CLIMB = 6
_PRESUPPOSING = frozenset({"although", "though", "whereas", "since", "after", "when", "while"})
"""Conjunctions of a clause its speaker takes as known ("X said it is hard to predict, although the two spoke in
May"): the news reports what such a clause tells as background, not as the speaker's claim. Not "before" or
"once", whose clause may not have happened, nor "because", whose clause is part of what the speaker claims."""
_CONCESSIVE = frozenset({"although", "though", "whereas"})
"""Of those, the ones whose clause holds whatever the mood of its main clause ("talks will be hard, although the two
signed a pact": the pact was signed); a temporal clause shares it ("would attack after NATO withdrew")."""
_REASON = frozenset({"because"})
"""Conjunctions of a clause that gives the reason for its main clause: the reason keeps its own tense and mood
("will sanction X because X attacked Y": the attack happened), though a speaker still claims it."""
_NEVER = frozenset({"never", "no longer", "rarely", "seldom", "hardly"})
"""Adverbs that deny the act ("never met", "seldom criticized": no act to code)."""
_LITOTES = frozenset({"hesitate"})
"""Verbs whose negation affirms the act they govern: "will not hesitate to strike X" announces the strike, "did not
hesitate to strike X" tells it; the act takes the verb's tense and mood, not its negation. Unnegated, they hold the
act back ("hesitated to strike X": not done)."""


def _local(tok: Token, rules: FrameRules) -> set[str]:
    """Modality markers on the token's own clause."""
    marks: set[str] = set()
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low in _NEVER):
            marks.add("negated")
        elif child.dep_ in ("aux", "auxpass"):
            if low in rules.future_aux or child.lemma_ in rules.future_aux:
                marks.add("future")
            elif low in rules.hypothetical_aux:
                marks.add("would" if low in ("would", "'d", "’d") else "hypothetical")
        elif child.dep_ == "mark" and low in rules.hypothetical_marks:
            marks.add("hypothetical")
        elif child.dep_ == "advmod" and low in rules.allegation_adverbs:
            marks.add("alleged")
        elif child.dep_ == "amod" and low in rules.noun_future_modifiers:
            marks.add("future")
        elif child.dep_ == "amod" and low in rules.noun_hypothetical_modifiers:
            marks.add("hypothetical")
        elif child.dep_ == "amod" and low in rules.noun_alleged_modifiers:
            marks.add("alleged")
    return marks


def refuses(trigger: Token, rules: FrameRules) -> bool:
    """A negated act announced for the future ("will not accept", "would not meet", "won't allow"): a refusal.

    CAMEO codes a refusal to cooperate as a rejection (12x), not as the cooperation negated.
    """
    tok = trigger
    for _ in range(3):
        marks = _local(tok, rules)
        if tok.lemma_.lower() in _LITOTES and tok != trigger:
            marks.discard("negated")  # "will not hesitate to cut ties": no refusal
        if "negated" in marks and marks & {"future", "would"}:
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


_ATTEMPTS = frozenset({"try", "attempt"})
"""Verbs of an attempt: "tried to kill X" is an attempt made, not an act announced."""


def attempted(trigger: Token, rules: FrameRules) -> bool:
    """An act its source tried to do ("tried to kill X", "is trying to storm Y"): the attempt was made, whatever came
    of it; one it will or may try ("will try to kill X") is still only announced."""
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lemma_.lower() in _ATTEMPTS and not _local(head, rules) & {
        "future", "would", "hypothetical", "negated"}


_POSSIBLE = frozenset({"could", "may", "might"})
"""Modals of an act held out as possible ("could retaliate", "may impose sanctions")."""
ANNOUNCING = frozenset({"say", "tell", "state", "declare", "announce", "add", "warn", "caution", "hint", "signal",
                         "stress", "reiterate", "insist", "indicate", "tweet", "write", "post"})
"""Verbs by which a party makes its own words known; not "fear", "believe" or "suspect", which tell a worry."""


def own_warning(trigger: Token, source: Mention | None, index: MentionIndex, rules: FrameRules) -> bool:
    """An act its own doer says it could or may do ("Ottawa signalled that it could answer with levies on X",
    "Iran said it may strike Y"): said by the doer (or for its state), the possible act is a warning, which CAMEO
    codes as a threat when the act is coercive. Not one forecast by others ("analysts said Beijing could ...",
    "X said Beijing could ..."), nor a speech verb itself negated or modal ("did not say", "may say")."""
    if source is None or not any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in trigger.children):
        return False
    tok = trigger
    for _ in range(3):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ANNOUNCING:
            speech = tok.head
            if _local(speech, rules) & {"negated", "hypothetical", "would", "future"}:
                return False
            subj = subject_of(speech, rules.relative_pronouns)
            return subj is not None and any(_same_side(m, source) for m in index.actors(subj))
        if tok.dep_ not in ("conj", "xcomp") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _attributed(trigger: Token, source: Mention | None, index: MentionIndex, rules: FrameRules) -> bool:
    """"... backed by Rwanda according to UN experts": an "according to" phrase on the act's clause, or on a
    clause above it, that names someone other than the act's source makes the act alleged."""
    tok: Token | None = trigger
    for _ in range(_MAX_CLIMB):
        if tok is None:
            break
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                named = [m for to in prep.children if to.lower_ == "to" for p in to.children if p.dep_ == "pobj"
                         for m in index.actors(p) or author(p, index, rules)]
                return source is None or not any(_same_side(m, source) for m in named)
        tok = tok.head if tok.head != tok else None
    return False


_NEAR = frozenset({"close", "near"})
"""Adjectives that with a copula and "to" put an act just ahead ("is close to signing")."""


def speaker_differs(speech: Token, source: Mention | None, index: MentionIndex, rules: FrameRules) -> bool:
    """True unless the speech verb's subject is the event's own source (then the claim is first-hand)."""
    subj = subject_of(speech, rules.relative_pronouns)
    if subj is None:
        return True
    if source is None:
        return True
    speakers = index.actors(subj)
    if not speakers:
        if subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "he", "she", "we", "i"):
            return False
        return True
    return all(not _same_side(m, source) for m in speakers)


_ONLOOKERS = frozenset({"analyst", "expert", "observer", "commentator", "economist", "scholar", "researcher",
                        "pundit", "strategist", "forecaster", "academic"})
"""Nouns of people who comment on the parties without speaking for any ("an analyst said", "experts believe")."""


def unaffiliated(speech: Token, index: MentionIndex, rules: FrameRules) -> bool:
    """The speech verb's subject is an onlooker that names no actor ("an analyst said", "experts believe"), who can
    forecast a party's act but cannot announce it; "officials said" or "leaders said" may speak for the party."""
    subj = subject_of(speech, rules.relative_pronouns)
    return subj is not None and subj.lemma_.lower() in _ONLOOKERS and not index.actors(subj)


def _expected_by_others(verb: Token, source: Mention | None, index: MentionIndex, rules: FrameRules) -> bool:
    """"X is expected to sign", "analysts expect X to sign": someone else's forecast, not X's own plan ("X
    expects to sign" is X's intent)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return speaker_differs(verb, source, index, rules)


def _denies_the_charge(clause: Token, denial: Token, rules: FrameRules) -> bool:
    """"X accused Y of backing Z, a charge Y denies", parsed with the accusation as the denial's complement: a
    claim noun between the clause and the denial after it says the denial is of the charge, not of the clause."""
    if clause.i > denial.i:
        return False
    end = max(t.i for t in clause.subtree)
    between = clause.doc[end + 1:denial.i]
    return any(t.lower_ == "," for t in between) \
        and any(t.pos_ == "NOUN" and t.lemma_.lower() in rules.claim_nouns for t in between)


def _named_self(verb: Token, source: Mention | None, index: MentionIndex, rules: FrameRules) -> bool:
    """The verb's subject names the event's source or its state ("Iran warned that it will retaliate"): the
    forecast is the source's own announcement. A pronoun is not enough ("he is expecting X to launch")."""
    subj = subject_of(verb, rules.relative_pronouns)
    if subj is None or source is None:
        return False
    return any(_same_side(m, source) for m in index.actors(subj))


def _forecast_topic(noun: Token, source: Mention | None, index: MentionIndex, rules: FrameRules) -> bool:
    """A nominal act that someone else's forecast is of or about ("Z warned of X's attack on Y", "Z predicted
    about X's invasion"): a forecast, not an act; the source's own warning ("X warned of retaliation") is not."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "about"):
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in rules.forecast_verbs \
        and _expected_by_others(verb, source, index, rules)


def _same_side(speaker: Mention, source: Mention) -> bool:
    """The speaker is the source itself or speaks for its state ("the US embassy said the United States had ...",
    "Rwanda's foreign minister said Rwanda was in talks"); an opposition or rebel speaker, or a person of no office
    on the date (a deposed leader), is not the state's side."""
    a, b = speaker.actor, source.actor
    return a.code == b.code or a.country is not None and a.country == b.country and a.kind in ("state", "person") \
        and (b.kind == "state" or b.kind == "person" and b.sector is not None) \
        and a.sector in (None, "GOV") and b.sector in (None, "GOV", "MIL")


def _governed(head: Token, source: Mention | None, index: MentionIndex, rules: FrameRules) -> set[str]:
    """Markers an act takes from the verb that governs it as its complement or argument: denied ("denied
    attacking"), forecast by others ("is expected to attack"), planned ("plans to attack"), and the verb's own."""
    marks: set[str] = set()
    head_lemma = head.lemma_.lower()
    if head_lemma in rules.denial_verbs:
        marks.add("negated")
    elif head_lemma in rules.forecast_verbs and _expected_by_others(head, source, index, rules):
        marks.add("hypothetical")
    elif head_lemma in rules.future_governors or head.lower_ in rules.future_governors:
        marks.add("future")
    own = _local(head, rules)
    if head_lemma in _LITOTES and "negated" in own:
        own.discard("negated")  # "will not hesitate to strike": the strike is announced
    elif head_lemma in _LITOTES:
        own.add("hypothetical")  # "hesitated to strike": not done
    return marks | own


def event_modality(trigger: Token, source: Mention | None, index: MentionIndex, rules: FrameRules,
                   clause: Token | None = None) -> Modality:
    """The modality of the event whose trigger head is ``trigger`` and whose source is ``source``.

    ``clause``, when given, is the verb of the clause a nominal event is an argument of ("Talks between X and Y
    will not resume", "analysts expect X's attack on Y"): the event is said in that clause, so it takes that
    verb's markers as a complement would, and the clauses above it.
    """
    marks = _local(trigger, rules)
    climb_from = trigger
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.lower_ in ("of", "with", "for") \
            and (imputing := trigger.head.head).lemma_.lower() in rules.imputing_verbs:
        # "X was not charged with the killing of Y" leaves the act unsaid; "X will be tried for it" is no future act
        marks |= _local(imputing, rules) & {"negated"}
        climb_from = imputing  # "officials said X was jailed for it": the clauses above the verb say it
        if imputing.lemma_.lower() in _CHARGING:
            marks.add("alleged")  # "X was charged with the murder of Y": a charge, not yet a finding
    if clause is None and _forecast_topic(trigger, source, index, rules):
        marks.add("hypothetical")
    if clause is not None and clause != trigger:
        # what a verb plans or forecasts is its object or passive subject ("X plans talks", "talks are planned");
        # its active subject only takes its markers ("talks have been going on", "talks will not resume")
        marks |= _local(clause, rules) if trigger.dep_ == "nsubj" else _governed(clause, source, index, rules)
    under_speech = induced = False
    # a nominal event a copula judges ("the cooperation between X and Y is dangerous", "expanding the talks was a
    # mistake") is taken as known: a speaker reporting the judgement claims the judgement, not the event
    presupposed = clause is not None and ((trigger.dep_ == "nsubj" and clause.lemma_ == "be")
                                          or (clause.dep_ == "csubj" and clause.head.lemma_ == "be"))
    tok = climb_from if clause is None else clause
    for _ in range(_MAX_CLIMB):
        if tok.dep_ not in _CLIMB_DEPS or tok.head == tok or absolute_told(tok, rules.speech_verbs, index):
            break  # the last: "could sour, with X warning that ...": the warning is told as said
        dep = "pcomp" if tok == trigger and misattached_gerund(tok) else tok.dep_
        if dep == "ccomp" and any(c.dep_ == "advmod" and c.lower_ == "why" for c in tok.children):
            break  # "can't figure out why X was jailed", "did not say why": the act is known, its reason asked
        head = tok.head
        if dep == "conj" and tok == trigger and (listed := listed_gerund(tok)) is not None:
            dep, head = "pcomp", listed  # "accused X of killing, maiming and raping": each one alleged
        if dep == "pcomp" and head.dep_ == "prep":
            if head.lower_ == "without" or (head.lower_ == "from"
                                            and head.head.lemma_.lower() in rules.preventing_verbs):
                marks.add("negated")  # "left without meeting X", "prevented lawyers from contacting X"
            head = head.head  # "accused the rebel group of killing": "of" hung on the object of the accusing verb
            head = head.head if head.dep_ == "dobj" and head.head.lemma_.lower() in rules.object_control else head
        if dep == "relcl" and (copula := cleft_copula(head)) is not None:
            tok = copula  # "it was X who attacked Y": the cleft's copula tells the act
            continue
        if dep == "ccomp" and degree_question(head):
            marks.add("hypothetical")  # "how sure he was that X attacked Y": asked, not told
            break
        head_lemma = head.lemma_.lower()
        if perceived(tok, rules):  # "can hear gunfire as X fights Y": the sensing is what "can" qualifies
            tok = head
            continue
        if (passed := transparent(tok)) is not None:  # "should know that X attacked": the knowing, not X
            tok = passed
            continue
        mark = next((c.lower_ for c in tok.children if c.dep_ == "mark"), None) if dep == "advcl" else None
        presupposed = presupposed or mark in _PRESUPPOSING  # what a speaker takes as known is no claim of theirs
        if dep == "ccomp" and head_lemma in rules.denial_verbs and _denies_the_charge(tok, head, rules):
            break  # the denial is of the charge, an appositive of the accusation: the accusation stands
        if dep == "conj":
            marks |= {m for m in _local(head, rules) if m != "negated"}
        elif (copula := ranked_copula(tok)) is not None:
            # "X would be the first to reject Y": the copula's modal and tense ("was not the first to" still did)
            marks |= {m for m in _local(copula, rules) if m in ("hypothetical", "future", "would")}
            head = copula
        elif dep == "xcomp":
            marks |= _governed(head, source, index, rules)
            induced = induced or (head_lemma in rules.object_control and any(c.dep_ == "dobj" for c in head.children))
        elif dep in ("ccomp", "parataxis") or (dep == "pcomp" and head_lemma in rules.denial_verbs):
            if head_lemma in rules.denial_verbs:
                marks.add("negated")
            elif dep == "ccomp" and head_lemma in rules.forecast_verbs and not presupposed \
                    and not _named_self(head, source, index, rules):
                # "expect Pyongyang to launch", "predict that talks will fail", "warned that X could attack": a
                # forecast by others; the source's own ("X warned it will retaliate") is its announcement
                marks.add("hypothetical")
            elif head_lemma in rules.speech_verbs:
                under_speech = True
                if "negated" in _local(head, rules) and not presupposed:
                    marks.add("hypothetical")  # "did not say it would attack X": left unsaid, not announced
                if not presupposed and speaker_differs(head, source, index, rules):
                    marks.add("alleged")
                    if unaffiliated(head, index, rules):
                        marks.add("onlooker")
            marks |= {m for m in _local(head, rules) if m in ("hypothetical", "would")}
        elif dep == "acomp":
            marks |= _local(head, rules)  # the copula of "must be ready to", "is not willing to" holds the modal
        elif dep == "pcomp" and head.pos_ == "ADJ" and head_lemma in _NEAR and head.head.lemma_ == "be":
            marks.add("future")  # "X is close to signing a deal with Y": about to, not yet done ("came close to")
        elif dep == "pcomp" and head_lemma not in rules.object_control and head.pos_ in ("VERB", "AUX"):
            # the means or the occasion of an act is as real as the act: "could retaliate by attacking X"
            marks |= {m for m in _local(head, rules) if m in ("hypothetical", "future", "would")}
        elif dep == "pcomp" and head_lemma in rules.object_control:
            marks.add("alleged")
            break  # what X is accused of is alleged, whatever the accusing clause's own tense ("would suspend aid,
            # accusing Kigali of supporting the M23": the support is alleged, not future)
        elif dep == "advcl" and for_clause(tok):
            marks.add("hypothetical")  # "called for X to withdraw", "waited for X to sign": asked or hoped for
            break
        elif dep == "acl" and unrealised(tok, head) and head.lemma_.lower() in rules.plan_nouns:
            # "announced plans to impose sanctions": meant for later, unless the plan is denied ("has no plans to",
            # "denied plans to")
            marks.add("negated" if denied_noun(head) or head.head.lemma_.lower() in rules.denial_verbs else "future")
            break
        elif dep == "acl" and failed_effort(tok, rules):
            marks.add("negated")  # "X's effort to meet Y collapsed", "a foiled attempt to ...": the act not reached
            break
        elif dep in ("acl", "advcl") and unrealised(tok, head) and head.lemma_.lower() not in rules.effort_nouns:
            # "efforts to improve ties with Y" are made: the act is under way, as the gold codes it
            marks.add("hypothetical")  # "the urge for X to rearm Y", "a scheme for X to raid Y"
            break
        elif dep in ("acl", "relcl") and denied_noun(head):
            # "no evidence that X attacked Y", "there is no sign that X will talk to Y", "little reason to think
            # that X will meet Y"
            marks.add("negated")
            break
        elif dep == "acl" and head.lemma_.lower() in rules.claim_nouns:
            marks.add("alleged")
            break
        elif dep == "acl" and reduced_relative(tok):
            # "alleged crimes committed by X", "the planned talks hosted by X": the noun's words qualify the act
            marks |= {m for m in _local(head, rules) if m in ("alleged", "future", "hypothetical")}
        elif dep == "advcl" and mark not in _CONCESSIVE and mark not in _REASON \
                and not (tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children)):
            # a bare participle ("would suspend aid, accusing Kigali of ...") is done as the sentence is spoken
            marks |= {m for m in _local(head, rules) if m in ("hypothetical", "future", "would")}
        tok = head
    if _attributed(trigger, source, index, rules):
        marks.add("alleged")
    if "would" in marks:
        marks.discard("would")
        marks.add("future" if under_speech else "hypothetical")
    if induced and "future" in marks:  # "tried to persuade X to send troops": another's aim, not X's intent
        marks.add("hypothetical")
    if "future" in marks and "onlooker" in marks:
        # an onlooker's forecast of the source's act ("an analyst said X will sanction Y") is no announcement by
        # the source: not its threat or intent, a forecast
        marks.add("hypothetical")
    for modality in ("negated", "hypothetical", "future", "alleged"):
        if modality in marks:
            return modality  # type: ignore[return-value]
    return "asserted"
