"""Scoring the tables against the annotated samples (ANNOTATION.md), the accuracy gate and its report."""
