"""The .beleid project file (no Qt)."""

from .project import ProjectBestand, Versie, controleer_kop

__all__ = ["ProjectBestand", "Versie", "controleer_kop"]
