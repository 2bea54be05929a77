"""The answer points the legal checks suggest, as a lawyer would put them, and when a suggestion is left out.

A finding with a ``point`` (``summons_kit.check``) suggests an answer point. In the answer it becomes a numbered
point with a heading, like the points the lawyer writes (一、原告的诉讼请求已超过诉讼时效 / the finding's text).
Suggestions come in the order of their findings' ``order`` (dispositive defences — limitation, standing — first),
then in the report's order.

**Rule: the lawyer's own point wins.** Each suggesting finding code belongs to a topic
(:data:`summons_kit.law.topics.TOPICS`, declared with the codes: the rate cap, limitation, the assignment, …).
A suggestion is left out when an entered point is on the same topic — its
title (or, for a point without a title, its text) contains one of the topic's words (``诉讼时效``, ``24%``,
``债权转让`` …) — or a disputed element row's text does (the rows are printed in both answer styles), and when an
earlier suggestion already covers the topic. Its legal basis is still cited in the
element form's 答辩依据 row (the topic is argued, by the lawyer's point). A finding code with no topic here is
suggested under no heading unless its text repeats an entered point.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from summons_kit.case.model import AnswerPoint
from summons_kit.law.citation import Basis
from summons_kit.law.topics import TOPICS, Topic, topic_of

__all__ = ["TOPICS", "Suggestion", "Topic", "covers", "suggestions", "topic_of"]


def covers(point: AnswerPoint, topic: Topic) -> bool:
    """True when the entered ``point`` argues ``topic``: its title (else its text) contains a topic word."""
    words = point.title or point.text
    return any(word in words for word in topic.words)


@attrs.frozen
class Suggestion:
    """A suggested point (printed) or a finding whose topic an entered point already argues (not printed).
    ``basis`` is the compact text; ``cited`` the structured basis to render in a filing (None for a finding
    built by hand from a text: render ``basis`` then)."""

    code: str
    heading: str
    text: str
    basis: str
    printed: bool
    cited: Basis | None = None
    #: the finding's order: below 100 a dispositive defence (limitation 10, standing 20), argued first
    order: int = 100


def suggestions(points: Sequence[AnswerPoint], findings: Iterable[Any]) -> list[Suggestion]:
    """Every finding with a ``point``, in the report's order, and whether it is printed (see the module doc)."""
    result: list[Suggestion] = []
    argued = {t.name for t in TOPICS if any(covers(p, t) for p in points)}
    seen_texts = {p.text for p in points}
    for finding in sorted(findings, key=lambda f: getattr(f, "order", 100)):
        text = getattr(finding, "point", "") or ""
        if not text:
            continue
        topic = topic_of(finding.code)
        printed = text not in seen_texts and (topic is None or topic.name not in argued)
        seen_texts.add(text)
        if topic is not None:
            argued.add(topic.name)
        heading = topic.heading if topic else ""
        cited = getattr(finding, "cited", None)
        order = getattr(finding, "order", 100)
        result.append(Suggestion(finding.code, heading, text, finding.basis, printed, cited, order))
    return result
