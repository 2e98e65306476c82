"""The acts of the behavioural suite: for every PLOVER type, phrasings in the forms the constructions need.

The verbs and nouns here are kept apart from the ones the coder is tuned on: when a rule or a lexicon entry is
written, it must not be checked by adding its own words here. ``{B}`` is the target's slot.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Act:
    """One act: its PLOVER type and its past, participle and base phrases (target slot ``{B}``)."""

    plover: str
    past: str
    participle: str
    base: str
    passive: str | None = None
    """A passive clause with the target as subject and ``{A}`` after "by"."""
    noun: str | None = None
    """A nominal event after the source's possessive ("attack on {B}")."""
    agent: str = "officials"
    """The generic agent noun that performs it ("troops" for force, "police" for arrests)."""


ACTS: tuple[Act, ...] = (
    Act("AGREE", "pledged to provide aid to {B}", "pledged to provide aid to {B}", "pledge to provide aid to {B}",
        noun="pledge of aid to {B}"),
    Act("CONSULT", "visited {B}", "visited {B}", "visit {B}", passive="{B} was visited by {A}",
        noun="visit to {B}", agent="diplomats"),
    Act("CONSULT", "held talks with {B}", "held talks with {B}", "hold talks with {B}", noun="talks with {B}",
        agent="negotiators"),
    Act("SUPPORT", "praised {B}", "praised {B}", "praise {B}", passive="{B} was praised by {A}",
        noun="praise for {B}"),
    Act("SUPPORT", "signed a defence pact with {B}", "signed a defence pact with {B}", "sign a defence pact with {B}"),
    Act("CONCEDE", "eased travel restrictions on {B}", "eased travel restrictions on {B}",
        "ease travel restrictions on {B}"),
    Act("COOPERATE", "shared intelligence with {B}", "shared intelligence with {B}", "share intelligence with {B}",
        agent="security officials"),
    Act("AID", "sent humanitarian aid to {B}", "sent humanitarian aid to {B}", "send humanitarian aid to {B}",
        noun="humanitarian aid to {B}"),
    Act("AID", "provided military aid to {B}", "provided military aid to {B}", "provide military aid to {B}",
        passive="{B} was provided with military aid by {A}", noun="military aid to {B}"),
    Act("RETREAT", "withdrew troops from {B}", "withdrawn troops from {B}", "withdraw troops from {B}",
        noun="withdrawal of troops from {B}", agent="commanders"),
    Act("REQUEST", "urged {B} to release the detained journalists",
        "urged {B} to release the detained journalists", "urge {B} to release the detained journalists",
        passive="{B} was urged by {A} to release the detained journalists", noun="appeal to {B}"),
    Act("ACCUSE", "accused {B} of spreading false reports", "accused {B} of spreading false reports",
        "accuse {B} of spreading false reports", passive="{B} was accused by {A} of spreading false reports",
        noun="accusations against {B}", agent="lawmakers"),
    Act("ACCUSE", "condemned {B}", "condemned {B}", "condemn {B}", passive="{B} was condemned by {A}",
        noun="condemnation of {B}"),
    Act("REJECT", "rejected the proposal from {B}", "rejected the proposal from {B}",
        "reject the proposal from {B}", noun="rejection of the proposal from {B}"),
    Act("THREATEN", "threatened {B} with sanctions", "threatened {B} with sanctions", "threaten {B} with sanctions",
        passive="{B} was threatened with sanctions by {A}", noun="threat of sanctions against {B}"),
    Act("PROTEST", "demonstrated against {B}", "demonstrated against {B}", "demonstrate against {B}",
        noun="protests against {B}", agent="protesters"),
    Act("SANCTION", "expelled the ambassador of {B}", "expelled the ambassador of {B}",
        "expel the ambassador of {B}", noun="expulsion of the ambassador of {B}"),
    Act("SANCTION", "suspended aid to {B}", "suspended aid to {B}", "suspend aid to {B}",
        noun="suspension of aid to {B}"),
    Act("MOBILIZE", "deployed troops to the border with {B}", "deployed troops to the border with {B}",
        "deploy troops to the border with {B}", agent="commanders"),
    Act("COERCE", "imposed sanctions on {B}", "imposed sanctions on {B}", "impose sanctions on {B}",
        noun="sanctions on {B}"),
    Act("COERCE", "arrested citizens of {B}", "arrested citizens of {B}", "arrest citizens of {B}",
        agent="police"),
    Act("ASSAULT", "attacked {B}", "attacked {B}", "attack {B}", passive="{B} was attacked by {A}",
        noun="attack on {B}", agent="troops"),
    Act("ASSAULT", "launched air strikes on {B}", "launched air strikes on {B}", "launch air strikes on {B}",
        noun="air strikes on {B}", agent="forces"),
)

RECIPROCAL: tuple[tuple[str, str], ...] = (
    ("held talks", "CONSULT"), ("signed a trade agreement", "SUPPORT"), ("exchanged fire", "ASSAULT"),
    ("agreed to restore diplomatic ties", "AGREE"), ("met in Geneva", "CONSULT"),
)
"""Acts of two coordinated subjects with no object: each side acts on the other."""

PLACE_TARGETS: tuple[tuple[str, str], ...] = (
    ("shelled villages in northern", "ASSAULT"), ("bombed camps in eastern", "ASSAULT"),
    ("raided towns in southern", "ASSAULT"), ("occupied farmland in western", "COERCE"),
)
"""Acts on places of a country: the country is the target."""

QUOTES: tuple[tuple[str, str], ...] = (
    ("We strongly condemn the actions of {B}", "ACCUSE"), ("We urge {B} to return to the negotiating table",
                                                           "REQUEST"),
    ("We reject the demands of {B}", "REJECT"), ("We thank {B} for its generous support", "SUPPORT"),
)
"""Quotes whose first person is the speaker's state, attributed after the quote."""

REPLIES: tuple[tuple[str, str], ...] = (
    ("of arming the rebels", "denied the accusation"), ("of meddling in its elections", "rejected the claims"),
    ("of blocking aid convoys", "dismissed the allegations"),
)
"""An accusation and the reply that answers it in the next sentence (a rejection aimed at the accuser)."""
