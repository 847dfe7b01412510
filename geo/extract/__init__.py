"""Incident extraction from a report's text: what happened, when, to whom, where.

Each module answers one question: ``events`` (the ACLED type), ``casualties``,
``dates``, ``actors``, ``location`` (the event location among the place mentions) and
``incidents`` (which sentences state an incident, and which of them are the same one).
"""
