"""The policy document model (no Qt)."""

from .document import Aanhef, Alinea, Artikel, Bron, Hoofdstuk, Lid, Onderdeel, Policy, Sectie
from .metadata import Metadata

__all__ = ["Aanhef", "Alinea", "Artikel", "Bron", "Hoofdstuk", "Lid", "Metadata", "Onderdeel", "Policy", "Sectie"]
