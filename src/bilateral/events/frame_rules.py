"""The frame rules of the rule coder: the word lists and code maps of ``data/lexicon/frames.json``.

They say which verbs govern embedded events (intent, refusal, appeals, speech, denial), which words mark
modality, and the small vocabularies the construction rules read (aid kinds, stance adjectives, meeting
counterparts). Loaded and validated once against the CAMEO table (events/frame_rules_loading.py); a missing key
or a code that is no CAMEO code raises ``KnowledgeError`` naming the file. Kept apart from the trigger lexicon
(``events.lexicon``), which loads them beside its triggers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bilateral.events.represented import Representing
from bilateral.models import CameoCode

__all__ = ["FrameRules"]


@dataclass(frozen=True, slots=True)
class FrameRules:
    """Word lists and code maps from ``frames.json`` that drive embedding and modality."""

    version: str
    intent_verbs: Mapping[str, str]
    intent_codes: Mapping[str, Mapping[str, str]]
    addressee_intents: frozenset[str]
    object_control: frozenset[str]
    future_governors: frozenset[str]
    forecast_verbs: frozenset[str]
    """Verbs of expecting ("expect", "predict"): what others are expected to do did not happen; it is hypothetical."""
    topic_prepositions: frozenset[str]
    """A meeting's phrases with these ("talks about Iran", "a meeting on Syria") name its topic, not its partner."""
    press_sectors: frozenset[str]
    """Sectors of the press: talking to reporters is a statement (CAMEO 01x), not a consultation."""
    publishing_verbs: frozenset[str]
    """Verbs of printing and airing: telling someone not to do them is censorship (1721), ``directives.py``."""
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    perception_verbs: frozenset[str]
    """Verbs of sensing ("hear", "see"): with an ability modal they tell what is happening (events/perceived.py)."""
    ability_aux: frozenset[str]
    """Modals of ability ("can", "could"): on a perception verb they say the sensing is possible, not the act."""
    forecast_adverbs: frozenset[str]
    """Adverbs that put a sensing ahead ("could soon be seen"): a forecast, not a witness's report (perceived.py)."""
    speech_verbs: frozenset[str]
    resuming_verbs: frozenset[str]
    """Verbs that go on speaking ("He continued, “...”"): they attribute a quotation they introduce, never a clause
    outside quotation marks ("continued to fight" tells no speech)."""
    contention_verbs: frozenset[str]
    """Speech verbs that argue a case or report a finding ("contends", "has assessed", "found"): another's wrong told
    with one is the speaker's accusation (events/contentions.py)."""
    denial_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    """Verbs that turn down a proposal with no object of their own ("The relatives refused.", "It was rejected."):
    events/bare_refusals.py answers the proposal told just before with them."""
    withholding_verbs: frozenset[str]
    """Verbs whose infinitive its subject leaves undone ("refused to attend talks with Y", "declined to join the
    negotiations"): an event named inside the infinitive with the subject as a party did not take place
    (events/withheld_parts.py)."""
    claim_nouns: frozenset[str]
    act_nouns: frozenset[str]
    """Nouns for an act of one side that another answers ("condemned the move by X", "backed X's decision"), beside
    the claim, proposal and statement nouns and the lexicon's event nouns (events/frames.py ``act_agents``)."""
    response_verbs: frozenset[str]
    """Verbs that answer another side's act named by their object ("rejected the plan announced by X", "condemned
    the threats made by X"): whoever did the act is the target. Not "deny" or "dismiss": denying an act denies
    doing it, not the doer (their claim nouns are answered as every verb's are)."""
    responsibility_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    """"X claimed responsibility for the attack": the claimant owns the act (events/recalled.py)."""
    culpability_nouns: frozenset[str]
    """What a side is said to have had in a wrong act ("denied involvement", "denied any role in the attack"):
    denying it answers an accusation, as denying "the accusations" does (events/replies.py)."""
    deed_denial_verbs: frozenset[str]
    """Verbs that with a gerund deny one's own deed ("denied sheltering the rebels"): the denial answers an
    accusation, as denying one's involvement does (events/replies.py)."""
    hostile_prefixes: frozenset[str]
    """Prefixes by which a name says whom a group is against ("anti-Kenya rebels"): a denial of aiding such a group
    answers the side it is against (events/opposed_sides.py)."""
    plea_verbs: frozenset[str]
    innocence_words: frozenset[str]
    guilt_words: frozenset[str]
    """A plea verb with an innocence word or a negated guilt word ("pleaded not guilty") rejects the charges: it
    answers whoever charged the side (events/innocence_pleas.py)."""
    ruling_nouns: frozenset[str]
    """Nouns for a court's decision ("rejected the ruling", "dismissed the verdict"): rejecting one answers the court
    that gave it (events/replies.py)."""
    court_bodies: frozenset[str]
    """Codes of international bodies that are courts (the ICJ): with the judiciary sector, who gives rulings."""
    proceeding_nouns: frozenset[str]
    """Nouns for what a court holds ("the hearing", "the trial"): staying away from one shuns the court
    (events/shunned_courts.py)."""
    proposal_nouns: frozenset[str]
    """Nouns for what one side puts to another ("an offer from Kabul"): their "from"/"by" names the target."""
    answering_verbs: frozenset[str]
    """Verbs of the addressee's answer to what was put to it, taken with "to" or "on" ("responded to X's
    overtures", "commented on X's demands"): their subject is whom the proposal was put to."""
    defying_verbs: frozenset[str]
    """Verbs of the addressee's defiance or compliance, taking what was put to it as their object ("defied calls by
    X", "heeded X's appeal"): their subject is whom the proposal was put to (events/answered_acts.py)."""
    judging_verbs: frozenset[str]
    """Verbs that condemn or praise a deed, taking it as their object ("condemned the killing of X by Y", "hailed
    the arrest of X"): what they judge was done, so a weak act noun there is told, not guessed (events/nominal.py)."""
    feeling_adjectives: Mapping[str, str]
    """Adjectives of feeling and the experiencer verb each stands for ("concerned" -> concern)."""
    stance_adjectives: Mapping[str, str]
    """Adjectives of outlook and the statement code each states after a copula ("optimistic" -> 013)."""
    deliberation_verbs: Mapping[str, str]
    """Verbs that with a gerund weigh a policy option ("considering sending aid" -> 014; events/stances.py)."""
    allegation_adverbs: frozenset[str]
    noun_future_modifiers: frozenset[str]
    noun_hypothetical_modifiers: frozenset[str]
    noun_alleged_modifiers: frozenset[str]
    governing_verbs: frozenset[str]
    counting_nouns: frozenset[str]
    """Nouns that count or group acts ("three rounds of missile tests", "a wave of attacks"): the verb governing
    them governs the act of their "of" object (events/governed.py ``counted_slot``)."""
    enabling_verbs: frozenset[str]
    """Verbs whose object is an act of others they bring about ("brokered talks between X and Y")."""
    performing_verbs: frozenset[str]
    """Governing verbs whose subject carries out the act their object names ("launched attacks on X", "raised
    tariffs on X"), unlike one that announces or orders it: as sure of its source as the act's own verb."""
    growth_nouns: frozenset[str]
    """Nouns of more of an act, which take the act's arguments ("a tariff increase on X", "U.S. tariff hikes on X"):
    coded as the act their event-noun modifier names (events/nominal.py)."""
    decision_nouns: frozenset[str]
    """Nouns of one act taken, which a measure noun modifying them names ("tariff decisions", "a sanctions move"):
    coded as that measure (events/measure_decisions.py). Not a standing policy or stance."""
    harm_adverbs: frozenset[str]
    """Adverbs of how badly something is hit ("hit hard"): the harm a measure does, not what it covers
    (events/struck_goods.py)."""
    customs_charges: frozenset[str]
    """Event nouns for charges only the importing country levies ("tariffs", "duties"): "tariffs on Chinese imports
    to Canada" are Canada's (events/nominal.py)."""
    measure_nouns: frozenset[str]
    """Nouns naming a measure itself, not what it acts on, as a verb's object ("will raise tariffs", "is ready to double
    the levy"): an announced measure with only such an object is aimed at the story's counterpart
    (events/counterpart.py)."""
    protested_measures: frozenset[str]
    """A state's measures on its own people ("restrictions", "levies", "a curfew"): a protest against one that names no
    owner is aimed at the government of a one-country story (events/protested_measures.py)."""
    owning_participles: frozenset[str]
    """Participles that name an owner by their "by" phrase ("vessels operated by Y"): a sanction on the thing so
    described is on that owner (events/measures.py ``held_as``)."""
    taking_effect: frozenset[str]
    """Phrases of coming into force ("take effect", "go into effect"): a measure their subject names is the act
    happening, kept without a target when none is named (events/taking_effect.py)."""
    recipient_verbs: frozenset[str]
    """Verbs whose subject receives the act their object names ("received aid from X", "drew criticism from X"):
    the subject is that act's target, never its source (events/nominal.py)."""
    relative_pronouns: frozenset[str]
    member_nouns: frozenset[str]
    """Nouns for people who act for a group they are "from" ("members of parliament from Ghana's NPP")."""
    charge_nouns: frozenset[str]
    """Nouns of a formal charge and of the case made for it ("the charges", "the evidence"): a rejection of them
    may answer a state body's charging of the side (CAMEO 173), not only an accusation (events/replies.py). Kept
    apart from ``claim_nouns``: "evidence that X attacked Y" tells the act, it does not make it an allegation."""
    representing_nouns: frozenset[str]
    """Nouns for people who speak or act "for" a party they represent ("a spokesman for the Taliban", "a lawyer for
    X"): the party is who acts (events/represented.py)."""
    representing_verbs: frozenset[str]
    """Verbs of a participle that names the party a representing noun acts for ("the attorney representing X")."""
    territorial_verbs: frozenset[str]
    """Verbs of taking that, with a place as object ("captured Goma", "seized Bukavu"), occupy territory (192)."""
    naming_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    """Verbs whose "from V-ing" names an act kept from happening ("prevented X from contacting Y")."""
    imputing_verbs: frozenset[str]
    """Verbs that charge or punish someone for an act ("charged with", "convicted of", "jailed for"): the one they
    hold to account did it."""
    place_nouns: frozenset[str]
    """Nouns of places: a possessor of one places an act there ("in Syria's Idlib region")."""
    question_verbs: frozenset[str]
    """Verbs that with an "if"/"whether" clause ask a question rather than request an act ("asked X if ...")."""
    state_acts: Mapping[str, str]
    """Acts only a state commits ("arrest", "deport") -> the sector that acts for it when no agent is named."""
    object_appeals: frozenset[str]
    """Verbs that with an object and an infinitive ask the object to act ("wants Germany to pay")."""
    obligation_verbs: frozenset[str]
    """Verbs that with a "to" infinitive oblige their subject to act ("Kigali needs to withdraw"), as "must" does.
    Not "have": the prefilter must know every word an event may rest on, and "have" is in most sentences."""
    obligation_nouns: frozenset[str]
    """Nouns that oblige their holder to the act of their "to" infinitive ("X is under an obligation to withdraw",
    "X has a duty to protect"), as "must" does (events/demands.py)."""
    need_nouns: frozenset[str]
    """Nouns of a need a speaker sees for another to act ("the need for Kenya to invest"; events/demands.py)."""
    effort_nouns: frozenset[str]
    """Nouns of striving whose possessor does what their infinitive says ("Peru's efforts to improve ties with
    Chile"; events/aims.py ``striver_of``)."""
    announcing_nouns: frozenset[str]
    """Nouns of making a plan known whose possessor owns the plan of their "of" phrase ("Peru's announcement of
    its intention to close the border": Peru closes it; events/aims.py ``planner_of``)."""
    failing_words: frozenset[str]
    """Verbs an effort fails by and adjectives that call it failed ("X's bid to meet Y collapsed", "a foiled attempt
    to oust Z"): the effort's act was not reached (events/failed_efforts.py)."""
    plan_nouns: frozenset[str]
    """Nouns of an act meant for later, which a "to" infinitive on them names ("announced plans to impose
    sanctions", "Peru's intention to close the border": events/aims.py ``planner_of``, modality: future)."""
    part_nouns: frozenset[str]
    """"X was one part of Y's push", "presented as part of an effort by Y": the word by which an act is told as
    part of an effort or operation whose maker then does the act (events/effort_parts.py)."""
    operation_nouns: frozenset[str]
    """Nouns of a forcible operation that, told again as a clause's subject, did the clause's act ("the operation
    eliminated key commanders") or goes on as the story's assault ("as the operation continues":
    events/operation_acts.py)."""
    opinion_nouns: frozenset[str]
    """Nouns of what a party holds or says, not of a party ("Kenya's position", "Iran's demand", "their views"):
    such a noun clashing with another is a disagreement, no fight (events/recoding.py ``clash_of_stances``)."""
    discussion_verbs: frozenset[str]
    """Verbs whose object is a topic talked over ("to discuss X's transfer of arms to Y"): a possessed act so
    discussed is taken as having happened, even inside what is asked for (events/embedding.py)."""
    statement_nouns: frozenset[str]
    """What is issued to speak ("issued a statement urging X to ..."): the issuer is who speaks (events/speech.py)."""
    appeal_objects: frozenset[str]
    """What a public appeal asks for ("called for reform", "urged for an end to X"): with such a "for" object an
    appeal that names no addressee is kept without a target (events/unaddressed.py)."""
    cognition_verbs: frozenset[str]
    """"X said Y must understand that ...": a clause of knowing is no demand for an act (events/embedding.py)."""
    address_verbs: frozenset[str]
    """"Speaking to lawmakers, X said ...": speaking as the setting of a statement is no consultation."""
    characterising_verbs: frozenset[str]
    """Verbs that with an object predicate characterise rather than act ("called X a threat")."""
    disapproving_words: frozenset[str]
    """Calling something one of these ("called X's tariffs unacceptable", "described X's plan as a disaster") with
    one of the characterising verbs criticises it (events/speech.py)."""
    approving_words: frozenset[str]
    """Calling an actor or what it owns one of these ("calls Xi a dear friend", "called X's plan constructive")
    with one of the characterising verbs praises it (051, events/speech.py); neutral words ("a partner") say
    nothing."""
    approving_modifiers: frozenset[str]
    """Words that approve only as what is said itself or as its head's modifier ("a good step", "is positive"),
    never deeper in its phrase, where they praise nothing ("a threat to good relations"; events/verdict_words.py)."""
    peacekeeping_words: frozenset[str]
    peacekeeping_verbs: frozenset[str]
    """Sending or deploying peacekeepers is providing peacekeeping (074), not a visit or a mobilisation."""
    casualty_nouns: frozenset[str]
    """Nouns whose "of" object was killed ("bodies of five soldiers", "the deaths of six civilians"): told beside
    the story's attack, those struck by it (events/told_attacks.py ``_harmed``)."""
    heard_attack_nouns: frozenset[str]
    """What a witness hears or sees of an attack ("heard a blast and gunfire"): in a story of one attack, that attack
    told again (events/told_attacks.py ``_perceiving``)."""
    blast_nouns: frozenset[str]
    """Weapons and blasts that, as the subject of a verb of force, do the act for a doer left unnamed ("a car bomb
    killed ...", "an explosion wounded ..."): a claim joined to that clause names the doer
    (events/claimed_alongside.py); a person or force noun ("soldiers killed ...") is a doer of its own."""
    claiming_verbs: frozenset[str]
    """Verbs whose passive agent owns the act noun that is their subject ("the raids were claimed by X": X did
    them; events/claimed_alongside.py)."""
    leading_participles: frozenset[str]
    """A participle of one of these modifying an act noun names the act's doer by its "by" agent ("a coup led by
    X", "the raid carried out by X"; events/led_acts.py); other participles name who judged it."""
    undergoing_verbs: frozenset[str]
    """Verbs of harm or removal whose passive subject, with no agent, undergoes the act noun of their "in" or
    "during" phrase ("was ousted in a coup led by X": events/undergoers.py)."""
    coup_nouns: frozenset[str]
    """Nouns of a seizure of power; called military, the armed forces of the ousted ruler's country did it."""
    military_modifiers: frozenset[str]
    """Modifiers that call a coup military ("a military coup", "an army putsch": events/military_coups.py)."""
    harm_verbs: frozenset[str]
    """A comma-set participle of one of these after an attack names whom it hit ("shelled the town, killing two
    soldiers", "stepped up attacks, inflicting casualties on X"): the attack's target when it has none."""
    natural_causes: frozenset[str]
    """Nouns of a happening no one does: a passive act told as done "in" or "by" one ("were killed in an earthquake",
    "were displaced by floods") has no agent to infer (events/implied.py)."""
    patient_act_nouns: frozenset[str]
    """Nouns of an act done to someone whose possessor, with no "of" phrase, is the one it is done to ("Lai's
    detention", "Khalil's arrest"), not its doer as for other acts ("Russia's invasion"): events/patient_acts.py."""
    doer_act_nouns: frozenset[str]
    """Nouns of an act whose possessor or "from"/"by" phrase is its doer ("X's antidemocratic rule", "this abusive
    threat from Y"): a disapproving modifier on one, in a speaker's words, criticises the doer (events/epithets.py)."""
    told_act_nouns: frozenset[str]
    """Nouns of an act of force or coercion that, ownerless, with their patient in an "of" or "against" phrase,
    tell the story's earlier act on that patient again ("the killing of X", "violence against X":
    events/told_nominals.py)."""
    shielding_verbs: frozenset[str]
    """A purpose clause of one of these serves its object rather than facing it ("deployed troops to protect
    civilians"): no target of the deployment (events/targets.py, the "faced" search)."""
    rescue_verbs: frozenset[str]
    """Verbs of a rescue: told in the passive with no agent, of hostages the story told taken, the state's forces
    rescued them (events/rescued_hostages.py)."""
    escape_verbs: frozenset[str]
    """Verbs of a prisoner's escape ("he escaped from the jail"): their subject is the story's escaper
    (events/escapes.py)."""
    escape_nouns: frozenset[str]
    """Nouns of an escape from custody, one word or a compound ("the jailbreak", "the prison break"): the act of
    the story's escaper, which condemning or investigating it targets (events/escapes.py)."""
    custody_places: frozenset[str]
    """Places of custody an escape verb's object or "from" phrase names ("escaped from prison"): an escape from
    anything else ("escaped an attack") is no prisoner's escape (events/escapes.py)."""
    container_nouns: frozenset[str]
    """Nouns of what goods are moved in ("containers", "crates"): what they hold, in their "of" phrase or a clause
    of a ``holding_verbs`` verb on them, is what a verb of moving them moves (events/matching.py)."""
    holding_verbs: frozenset[str]
    """Verbs that say what a container holds ("containers that can hold shells", "crates containing rifles")."""
    aid_kinds: Mapping[str, str]
    """Modifier word -> kind of aid ("military aid" -> military)."""
    aid_codes: Mapping[str, Mapping[str, str]]
    """Aid code -> the finer code for each kind (162 + military -> 1622); a key "CODE:noun" holds the finer codes
    of that code with that object noun ("050:tie": military ties are military cooperation, 062, not aid)."""
    meeting_counterparts: Mapping[str, str]
    """A meeting's code -> the code of the other party's part in it, for the meetings CAMEO defines as both sides'
    act: a call (041), a summit (044), a hosting, whose guest visits (043 -> 042; events/meetings.py)."""
    mutual_meetings: frozenset[str]
    """Generic consultation codes (040, 046) turned round only where the words make the meeting mutual
    (events/meetings.py)."""
    mutual_acts: frozenset[str]
    """Codes of acts mutual by nature (signing a deal, 057; a joint exercise, 062) turned round like a generic
    meeting where a ``recip`` trigger names the partner in its own slot and the act is said as done
    (events/meetings.py)."""
    pair_modifiers: frozenset[str]
    """Modifiers that give a relation noun to the story's pair ("bilateral ties"; events/pair_ties.py)."""
    truce_nouns: frozenset[str]
    """Nouns of a pause in a war: agreeing to one a third party proposed is agreeing with the war's other side
    (events/mediated_truces.py)."""
    rival_nouns: frozenset[str]
    """Nouns of the sides of a conflict, counted as a pair ("both rivals accusing the other"): the story's fighting
    sides, acting on each other (events/warring_parties.py)."""
    combat_words: frozenset[str]
    """Words of combat between armed sides ("fight", "hostilities", "clashes"): an armed group's combat placed only
    in its own country is against that country's forces (events/hosted_attacks.py)."""
    sector_cooperation: Mapping[str, str]
    """Sector of a partner -> the field of a generic cooperation with it: cooperating with prosecutors or a court
    (JUD) is judicial cooperation (063), not cooperation at large (events/coder.py)."""
    trip_verbs: frozenset[str]
    """Being or going somewhere "to meet Y": the meeting is the purpose of a trip, the traveller's visit."""
    purchase_verbs: frozenset[str]
    """Verbs of getting goods from a seller ("buy", "import"): a negotiation to do one ("negotiating to import eggs
    from Y") is with that seller, both sides' meeting (events/meetings.py)."""
    switching_verbs: frozenset[str]
    """Verbs of turning to another party instead ("turn to X", "switch to X"): with ``alternative_words``, a threat
    to take one's business elsewhere, whose party is the substitute (events/alternatives.py)."""
    alternative_words: frozenset[str]
    """Words that say a move is to a substitute ("as an alternative", "instead"; events/alternatives.py)."""
    tie_nouns: frozenset[str]
    """Nouns of the ties between two sides: "that will be the end of all A-B ties" (events/ending_ties.py)."""
    room_nouns: frozenset[str]
    """Nouns of leeway: "there will be no room for talks" refuses the talks (events/closed_talks.py)."""
    timing_nouns: frozenset[str]
    """Nouns of the right moment: "now is not the time to lift sanctions" refuses the act (events/untimely_acts.py)."""
    threat_nouns: frozenset[str]
    """Nouns of a threat that a later sentence may tell again as its subject ("the warning comes as ...";
    events/retold_threats.py)."""
    occurrence_verbs: frozenset[str]
    """Verbs that tell an act as coming about, the act noun their subject ("sanctions could follow if X ..."): an
    announced measure said so has the announcing party as source (events/announced_passives.py)."""
    scheduling_words: frozenset[str]
    """"Due", "scheduled": an announced meeting both sides fixed, both sides' intent (036)."""
    private_ties: frozenset[str]
    """Modifier and noun lemma of ties between people, not parties ("family tie", "public relation"): such an
    object matches no light-verb entry ("kept family ties with X", "cut family ties with X"; events/matching.py)."""
    irregular_forms: Mapping[str, tuple[str, ...]]
    nonnews: tuple[re.Pattern[str], ...]

    @property
    def representing(self) -> Representing:
        """The words of people who act for a party, as ``arguments.MentionIndex`` reads them."""
        return Representing(self.representing_nouns, self.representing_verbs)

    def aid_code(self, cameo: str, words: Iterable[str], noun: str = "") -> CameoCode:
        """The finest code an aid event allows from the words that qualify its aid ("cut military aid": 1622), or
        its object noun and they ("strengthened economic ties": 061)."""
        table = self.aid_codes.get(f"{cameo}:{noun}", self.aid_codes.get(cameo))
        if table:
            for word in words:
                kind = self.aid_kinds.get(word)
                if kind is not None and kind in table:
                    return CameoCode(table[kind])
        return CameoCode(cameo)

    def intent_code(self, cls: str, cameo: str, plover: str) -> CameoCode:
        """The CAMEO code of an intent of class ``cls`` toward an act coded ``cameo`` ("threaten" + 163 -> 1312).

        The most specific key wins: the full code, its three- and two-digit roots, its PLOVER type, the default.
        """
        table = self.intent_codes[cls]
        return CameoCode(next(table[k] for k in (cameo, cameo[:3], cameo[:2], plover, "default") if k in table))
