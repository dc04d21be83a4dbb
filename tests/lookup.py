"""Lookups the analysis tests share: a claim by its cue's words, the actor a claim names."""

from __future__ import annotations


def claim_with_cue(analysis, cue: str):
    return next(c for c in analysis.claims if c.cue is not None and c.cue.text == cue)


def actor_of(analysis, claim):
    return next(a for a in analysis.actors if a.id == claim.claimant.actor)
