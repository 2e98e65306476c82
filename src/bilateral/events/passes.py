"""The event coder's rule passes, declared in the order they run, as spaCy declares its pipeline.

``embedding.find_frames`` reads a sentence's frames (a trigger, its actors, its clause) off the parse; every pass
after it reads what the story told before (``earlier``, ``acts``) and either adds frames the sentence tells in a
construction of its own ("pleaded not guilty", "the attackers", "their ties deepened") or amends the frames found
(whom a reply answers, who laid a measure, whose forces acted). Order matters and is said beside each pass where
it does: a pass that finds a doer runs before those that fill a missing target from the story, and those that take
targets off run after every pass that sets them. ``coder.code_events`` runs ``PASSES`` over one ``Work`` and turns
the frames left into events. To add a rule, write it in its own module and declare it here, where it belongs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc

from bilateral.events.abroad_plotters import abroad_plotters
from bilateral.events.accompanying import accompanying_acts
from bilateral.events.alternatives import alternative_suppliers
from bilateral.events.arguments import MentionIndex
from bilateral.events.answering_statements import answering_statements
from bilateral.events.arms_trade import delivered_frames
from bilateral.events.asked_undoings import asked_undoings
from bilateral.events.arriving_helpers import arriving_helpers
from bilateral.events.attacker_nouns import attacker_nouns
from bilateral.events.bare_refusals import bare_refusals
from bilateral.events.blamed import blamed_doers
from bilateral.events.captured_from import captured_from
from bilateral.events.charge_answers import charge_answers, said_before
from bilateral.events.charging_laws import charging_laws
from bilateral.events.claimed_ahead import claimed_ahead
from bilateral.events.claimed_alongside import claimed_alongside
from bilateral.events.closed_talks import closed_talks
from bilateral.events.conditioned_parties import conditioned_parties
from bilateral.events.conditioned_you import conditioned_you
from bilateral.events.contentions import contended_wrongs, own_side_allegations
from bilateral.events.counterpart import fill_counterparts
from bilateral.events.custody_states import custody_states
from bilateral.events.defied_threats import defied_threats
from bilateral.events.deployed_forces import faced_group
from bilateral.events.deterrent_warnings import deterrent_warnings
from bilateral.events.documented import documented_wrongs
from bilateral.events.domain_lists import domain_acts
from bilateral.events.drilling_forces import drilling_forces
from bilateral.events.ending_ties import ending_ties
from bilateral.events.entry_bans import entry_barrers
from bilateral.events.escapes import escaped_targets
from bilateral.events.exit_bans import exit_bans
from bilateral.events.faced_charges import faced_charges
from bilateral.events.frames import Frame
from bilateral.events.home_facilities import home_facilities
from bilateral.events.home_measures import home_measures
from bilateral.events.hosted_gatherings import hosted_gatherings
from bilateral.events.hosted_attacks import hosted_attacks
from bilateral.events.implied import accused_agents, reporting_forces, told_agents
from bilateral.events.innocence_pleas import innocence_pleas
from bilateral.events.joint_seizures import joint_seizures
from bilateral.events.judged_acts import judged_doers
from bilateral.events.lexicon import Lexicon
from bilateral.events.listed_acts import listed_acts
from bilateral.events.measure_decisions import measure_decisions
from bilateral.events.measure_sources import measure_sources
from bilateral.events.mediated_truces import mediated_truces
from bilateral.events.military_coups import military_coups
from bilateral.events.opposed_sides import opposed_sides
from bilateral.events.operation_acts import operation_acts, operation_course
from bilateral.events.pair_ties import pair_ties
from bilateral.events.posted_addressees import posted_addressees
from bilateral.events.protested_measures import protested_measures
from bilateral.events.protests_against_force import protests_against_force
from bilateral.events.protests_against_rulers import protests_against_rulers
from bilateral.events.ready_acts import ready_acts
from bilateral.events.recalled import condemned_targets, recalled_frames, told_suits
from bilateral.events.released_from import released_from
from bilateral.events.repatriated_groups import repatriated_groups
from bilateral.events.repeated import repeated_targets
from bilateral.events.replies import answer_replies
from bilateral.events.repressed_groups import repressed_groups
from bilateral.events.rescued_hostages import rescued_hostages
from bilateral.events.restated_threats import restated_threats
from bilateral.events.retold_acts import retold_acts
from bilateral.events.retold_threats import retold_threats
from bilateral.events.seized_vehicles import seized_vehicles
from bilateral.events.sent_relief import sent_relief
from bilateral.events.shunned_courts import shunned_courts
from bilateral.events.stances import believed_by_another, untargeted_statement
from bilateral.events.spoken_measures import spoken_measures
from bilateral.events.story import StoryFacts
from bilateral.events.struck_goods import struck_goods
from bilateral.events.supported_things import supported_things
from bilateral.events.taking_effect import effective_measures
from bilateral.events.their_meetings import their_meetings
from bilateral.events.told_attacks import told_attacks
from bilateral.events.told_nominals import told_nominals
from bilateral.events.told_things import told_things
from bilateral.events.turning_threats import turning_threats
from bilateral.events.undone_measures import undone_measures
from bilateral.events.untimely_acts import untimely_acts
from bilateral.events.verdicts import verdict_courts
from bilateral.events.warring_parties import warring_parties
from bilateral.models import Event


@dataclass
class Work:
    """One sentence being coded: what every pass reads, and the frames and dates the passes fill in."""

    sent: Doc
    position: int
    """The sentence's position in its document."""
    index: MentionIndex
    lexicon: Lexicon
    earlier: Sequence[Event]
    """The events already stored for the document."""
    acts: Sequence[Event]
    """Every act coded before, weak ones included: what a reply answers."""
    story: StoryFacts
    frames: list[Frame]
    dated: dict[int, Event] = field(default_factory=dict)
    """The told act whose date a frame takes (by trigger position), unless the sentence names one."""
    listed: set[int] = field(default_factory=set)
    """Triggers of act nouns coded one by one from a list ("carried out bombings and raids")."""

    def add(self, frames: Sequence[Frame]) -> None:
        """Frames a pass found in a construction of its own."""
        self.frames += frames


class Pass(NamedTuple):
    """One rule pass: its name (for tracing) and what it does to the sentence's work."""

    name: str
    run: Callable[[Work], object]


def _bare_answers(w: Work) -> None:
    """"X offered Y ... They refused.": the answer, dated when the proposal was made."""
    answers = bare_refusals(w.sent, w.frames, w.index, w.earlier, w.position, w.lexicon)
    w.add([frame for frame, _ in answers])
    w.dated.update({frame.trigger.i: proposal for frame, proposal in answers})


def _charge_answers(w: Work) -> None:
    """"“Utter nonsense,” X said": a bare answer to the charge, dated by the rejection it goes on, if told just
    before."""
    answers = charge_answers(w.sent, w.frames, w.index, w.acts, w.lexicon)
    w.add(answers)
    w.dated.update(said_before(answers, w.earlier, w.position))


def _retellings(w: Work) -> None:
    """An attack, a threat or a hijack the story told, told again, each judged against the frames found before any
    of them, dated by the act told unless a bare answer already is."""
    referents = told_attacks(w.sent, w.frames, w.index, w.earlier, w.lexicon)
    referents += retold_threats(w.sent, w.frames, w.index, w.earlier, w.lexicon)  # a threat told again
    referents += restated_threats(w.sent, w.frames, w.index, w.earlier, w.position, w.lexicon)  # "we'll do it"
    referents += seized_vehicles(w.sent, w.frames, w.index, w.earlier, w.lexicon)  # "the gunmen stopped the bus"
    w.add([frame for frame, _ in referents])
    w.dated = {**{frame.trigger.i: referent for frame, referent in referents}, **w.dated}


def _lists(w: Work) -> None:
    """"carried out bombings and raids", "trade and security relations": one act per listed noun or field."""
    listed = listed_acts(w.frames, w.lexicon)
    listed += domain_acts(w.frames)
    w.add(listed)
    w.listed = {frame.trigger.i for frame in listed}


def _turning(w: Work) -> None:
    """"will buy drones elsewhere if the embargo is not lifted": a threat, in place of the purchase it announces."""
    found = turning_threats(w.sent, w.frames, w.index, w.earlier, w.lexicon)
    taken = {frame.trigger.i for frame in found}
    w.frames = [frame for frame in w.frames if frame.trigger.i not in taken]
    w.add(found)


def _statements(w: Work) -> None:
    """A statement with no target aimed at no one; a belief held by another than the doer dropped."""
    w.frames = [frame for frame in map(untargeted_statement, w.frames)
                if not believed_by_another(frame, w.index, w.lexicon.rules)]


PASSES: tuple[Pass, ...] = (
    Pass("replies", lambda w: answer_replies(w.frames, w.index, w.acts, w.lexicon.rules)),
    # after the replies: a denied deed no accusation answers, by whom its group fights
    Pass("opposed_sides", lambda w: opposed_sides(w.frames, w.acts, w.lexicon.rules)),
    Pass("innocence_pleas", lambda w: w.add(innocence_pleas(w.sent, w.index, w.acts, w.lexicon))),  # as a denial
    Pass("charge_answers", _charge_answers),
    Pass("bare_refusals", _bare_answers),
    # "the statement came in response to X's proposal": the told rejection answers X
    Pass("answering_statements", lambda w: w.add(answering_statements(w.sent, w.index, w.acts, w.position,
                                                                      w.lexicon))),
    Pass("recalled", lambda w: w.add(recalled_frames(w.sent, w.frames, w.index, w.acts, w.lexicon))),
    # before the retellings: the claimed attack is what they tell
    Pass("claimed_ahead", lambda w: w.add(claimed_ahead(w.sent, w.frames, w.index, w.story.claimant, w.lexicon))),
    # "a blast killed X, while Y took credit"; "claimed by Y": before the targets are filled
    Pass("claimed_alongside", lambda w: w.add(claimed_alongside(w.sent, w.frames, w.index, w.lexicon))),
    Pass("told_suits", lambda w: told_suits(w.frames, w.index, w.earlier, w.lexicon)),
    Pass("arms_trade", lambda w: w.add(delivered_frames(w.sent, w.frames, w.index, w.earlier, w.lexicon))),
    Pass("supported_things", lambda w: w.add(supported_things(w.sent, w.frames, w.index, w.earlier, w.lexicon))),
    Pass("told_things", lambda w: told_things(w.frames, w.index, w.earlier, w.position)),
    Pass("condemned_targets", lambda w: condemned_targets(w.frames, w.index, w.acts, w.lexicon)),
    Pass("retellings", _retellings),
    # the told operation going on, as an attack
    Pass("operation_course", lambda w: w.add(operation_course(w.sent, w.frames, w.index, w.earlier, w.lexicon))),
    # after the acts of force the protests defy
    Pass("protests_against_force", lambda w: w.add(protests_against_force(w.sent, w.frames, w.index, w.lexicon))),
    # after the protests that defy a force: an ownerless protest against the story's rulers is its people's
    Pass("protests_against_rulers", lambda w: w.add(protests_against_rulers(w.sent, w.frames, w.index, w.earlier,
                                                                            w.lexicon))),
    # before the earlier targets: "the attackers" are the doer
    Pass("attacker_nouns", lambda w: attacker_nouns(w.frames, w.index, w.earlier, w.lexicon.rules)),
    # before the earlier targets: "officials said its tariffs ...", the speaker's measure, aimed as its earlier ones
    Pass("spoken_measures", lambda w: w.add(spoken_measures(w.sent, w.frames, w.index, w.lexicon))),
    Pass("repeated_targets", lambda w: repeated_targets(w.frames, w.index, w.earlier)),
    # after the earlier targets: kept untargeted if none
    Pass("effective_measures", lambda w: effective_measures(w.frames, w.lexicon.rules.taking_effect)),
    Pass("undone_measures", lambda w: undone_measures(w.frames)),  # "imposed tariffs on X, then delayed the tariffs"
    # "a pause in the tariffs on X": whoever laid the tariffs eases them
    Pass("measure_sources", lambda w: measure_sources(w.frames, w.index, w.earlier)),
    # "goods will also be hit": the measure the sentence before laid
    Pass("struck_goods", lambda w: struck_goods(w.sent, w.frames, w.index, w.earlier, w.position, w.lexicon)),
    # "issued tariff decisions that strained ties with Y": the maker's measures on Y
    Pass("measure_decisions", lambda w: w.add(measure_decisions(w.sent, w.frames, w.index, w.earlier, w.lexicon))),
    Pass("captured_from", lambda w: captured_from(w.frames)),
    # before the counterparts: the ousted ruler's own forces did it
    Pass("military_coups", lambda w: military_coups(w.frames, w.index, w.lexicon)),
    # before the counterparts: the court holding what is shunned
    Pass("shunned_courts", lambda w: shunned_courts(w.frames, w.index, w.lexicon.rules)),
    Pass("entry_barrers", lambda w: entry_barrers(w.frames, w.index)),
    # the forces reporting their act, before the earlier doer
    Pass("reporting_forces", lambda w: reporting_forces(w.frames, w.index, w.lexicon.rules)),
    Pass("released_from", lambda w: released_from(w.frames, w.index)),  # before the custodian: who held them
    # before the earlier doer: the subject names the operation
    Pass("operation_acts", lambda w: operation_acts(w.frames, w.index, w.earlier, w.lexicon.rules)),
    Pass("told_agents", lambda w: told_agents(w.frames, w.index, w.earlier, w.lexicon.rules)),
    # hostages the story told taken: its state's forces freed them
    Pass("rescued_hostages", lambda w: rescued_hostages(w.frames, w.index, w.earlier, w.lexicon.rules)),
    # after the agents: "arms were seized and rebels captured"
    Pass("joint_seizures", lambda w: joint_seizures(w.frames, w.index, w.lexicon.rules)),
    # before the counterparts: a state's deployment faces the story's own rebels
    Pass("faced_group", lambda w: faced_group(w.frames, w.index, w.earlier)),
    # after the agents: the court of whoever held them
    Pass("verdict_courts", lambda w: verdict_courts(w.frames, w.index, w.earlier, w.lexicon.rules)),
    # after the agents: "accused of X under a law", the law's state
    Pass("charging_laws", lambda w: charging_laws(w.frames, w.index, w.lexicon.rules)),
    # "X faces espionage charges": the trying court
    Pass("faced_charges", lambda w: w.add(faced_charges(w.sent, w.frames, w.index, w.earlier, w.lexicon))),
    # "X is in custody": the holding state
    Pass("custody_states", lambda w: w.add(custody_states(w.sent, w.frames, w.index, w.earlier,
                                                          w.lexicon.rules))),
    # "X was barred from leaving the country"
    Pass("exit_bans", lambda w: w.add(exit_bans(w.sent, w.frames, w.index, w.earlier, w.lexicon.rules))),
    # after the agents: a facility hit by the story's own forces
    Pass("home_facilities", lambda w: home_facilities(w.frames, w.index, w.earlier, w.lexicon)),
    Pass("retold_acts", lambda w: w.dated.update(retold_acts(w.frames, w.index, w.earlier, w.lexicon.rules))),
    Pass("told_nominals", lambda w: w.add(told_nominals(w.sent, w.frames, w.index, w.earlier, w.lexicon))),
    # after the owners: the ownerless measure
    Pass("home_measures", lambda w: w.add(home_measures(w.sent, w.frames, w.index, w.earlier, w.lexicon))),
    # before the counterparts: whoever laid the measure
    Pass("protested_measures", lambda w: protested_measures(w.frames, w.index, w.earlier, w.lexicon.rules)),
    # before the counterparts: "called for the charges to be dropped" asks whoever pressed them
    Pass("asked_undoings", lambda w: asked_undoings(w.frames, w.index, w.earlier, w.lexicon)),
    # after the owners: the doerless crackdown
    Pass("repressed_groups", lambda w: w.add(repressed_groups(w.sent, w.frames, w.index, w.lexicon))),
    # a bare exercise a force takes part in: its show of force
    Pass("drilling_forces", lambda w: w.add(drilling_forces(w.sent, w.frames, w.index, w.lexicon))),
    # "ambulances were sent": the state's aid to the victims
    Pass("sent_relief", lambda w: w.add(sent_relief(w.sent, w.frames, w.index, w.earlier, w.lexicon))),
    Pass("judged_doers", lambda w: judged_doers(w.frames, w.index, w.acts, w.lexicon)),
    # after the verdicts: an escape is no event against its target
    Pass("escaped_targets", lambda w: escaped_targets(w.frames, w.index, w.story.escaper, w.earlier,
                                                      w.lexicon.rules)),
    # "gathered, as host country Y ...": Y hosted them
    Pass("hosted_gatherings", lambda w: w.add(hosted_gatherings(w.sent, w.frames, w.index, w.lexicon))),
    Pass("their_meetings", lambda w: w.add(their_meetings(w.sent, w.frames, w.position, w.index, w.earlier,
                                                          w.lexicon))),
    # "their ties deepened": as their talks
    Pass("pair_ties", lambda w: w.add(pair_ties(w.sent, w.frames, w.position, w.index, w.earlier, w.lexicon))),
    Pass("accused_agents", lambda w: accused_agents(w.frames, w.index, w.lexicon.rules)),
    # "X's tariffs, along with doubling the duty on Y": the gerund is X's act too
    Pass("accompanying_acts", lambda w: accompanying_acts(w.frames)),
    # before the counterparts: the substitute is not the one turned from
    Pass("alternative_suppliers", lambda w: alternative_suppliers(w.sent, w.frames, w.index, w.earlier,
                                                                  w.lexicon.rules)),
    # "will buy drones elsewhere if the embargo is not lifted": a threat to the counterpart
    Pass("turning_threats", _turning),
    # "there will be no room for talks"
    Pass("closed_talks", lambda w: w.add(closed_talks(w.sent, w.index, w.earlier, w.position, w.lexicon))),
    # "now is not the time to V": refused
    Pass("untimely_acts", lambda w: w.add(untimely_acts(w.sent, w.frames, w.index, w.earlier, w.position,
                                                        w.lexicon))),
    # "that will be the end of all A-B ties"
    Pass("ending_ties", lambda w: w.add(ending_ties(w.sent, w.index, w.earlier, w.position, w.lexicon))),
    # "warned X's bases are at risk if we are hit": a threat
    Pass("deterrent_warnings", lambda w: deterrent_warnings(w.frames, w.index, w.lexicon.rules)),
    # before the counterparts: the envoy's own title names where it asks
    Pass("posted_addressees", lambda w: posted_addressees(w.frames)),
    # "is ready for a truce": an intent, to the partner
    Pass("ready_acts", lambda w: w.add(ready_acts(w.sent, w.frames, w.index, w.story.sides, w.lexicon))),
    # before the counterparts: "if you do it, we will deport you" is aimed at whoever does it
    Pass("conditioned_you", lambda w: conditioned_you(w.frames, w.index, w.lexicon.rules)),
    Pass("counterparts", lambda w: fill_counterparts(w.frames, w.index, w.earlier, w.lexicon.rules)),
    # the warring sides as targets, or as a reciprocal subject
    Pass("warring_parties", lambda w: warring_parties(w.frames, w.earlier, w.lexicon.rules)),
    # after every pass that finds a target: only an attack left with none
    Pass("hosted_attacks", lambda w: hosted_attacks(w.frames, w.index, w.story)),
    # after the counterparts: at the other side
    Pass("mediated_truces", lambda w: mediated_truces(w.frames, w.story.sides, w.lexicon.rules.truce_nouns)),
    # after every pass that sets targets: it adds to them
    Pass("conditioned_parties", lambda w: conditioned_parties(w.frames, w.index, w.lexicon)),
    # after the targets are set: the expelled group's home country
    Pass("repatriated_groups", lambda w: repatriated_groups(w.sent, w.frames, w.index)),
    # after every pass that sets targets: it takes some off
    Pass("own_side_allegations", lambda w: own_side_allegations(w.frames, w.index, w.lexicon.rules)),
    # after the parties: acting despite a threat rejects it
    Pass("defied_threats", lambda w: w.add(defied_threats(w.sent, w.frames, w.index, w.lexicon))),
    Pass("blamed_doers", lambda w: w.add(blamed_doers(w.frames, w.index, w.lexicon))),
    # after the victims' blame: arguing a wrong is a charge too
    Pass("contended_wrongs", lambda w: w.add(contended_wrongs(w.frames, w.index, w.lexicon))),
    Pass("documented_wrongs", lambda w: w.add(documented_wrongs(w.frames, w.index, w.lexicon))),
    # the attack's doers placed abroad: blamed
    Pass("abroad_plotters", lambda w: w.add(abroad_plotters(w.sent, w.index, w.earlier, w.lexicon))),
    # after the acts its purpose may be
    Pass("arriving_helpers", lambda w: w.add(arriving_helpers(w.sent, w.frames, w.index, w.earlier, w.story,
                                                              w.lexicon))),
    Pass("lists", _lists),  # after the parties: "carried out bombings and raids"
    Pass("statements", _statements),  # last: what every frame says is settled
)
"""Every pass after ``find_frames``, in the order they run."""
