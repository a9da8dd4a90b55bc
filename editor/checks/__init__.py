"""Drafting checks: the Aanwijzingen voor de regelgeving, WOR timing, placeholders (no Qt)."""

from .regels import Bevinding, controleer

__all__ = ["Bevinding", "controleer"]
