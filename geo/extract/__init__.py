"""Incident extraction from a report's text: what happened, when, to whom, where.

Each module answers one question: ``statements`` (which sentences state an event),
``events`` (the ACLED type of a trigger and of an event), ``casualties``, ``dates``,
``actors``, ``dateline`` (where a report was filed from), ``location`` (the event
location among the place mentions), ``capitals`` (a capital named by its role),
``coreference`` (which mentions describe the same event) and ``incidents`` (mentions
to events to incident records).
"""
