"""Comparing policies: clause alignment, word-level redlines, moves, topic coverage (no Qt)."""

from .engine import CompareOptions, CompareResult, Rij, compare_blocks, compare_policies

__all__ = ["CompareOptions", "CompareResult", "Rij", "compare_blocks", "compare_policies"]
