"""Fact extractors: pure functions from a normalised document to mentions."""
