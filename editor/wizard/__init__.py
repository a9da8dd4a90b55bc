"""The questionnaire that assembles a tailored draft, offline and explainable (no Qt)."""

from .antwoorden import Antwoorden, WizardFout, valideer
from .samensteller import Concept, stel_samen

__all__ = ["Antwoorden", "Concept", "WizardFout", "stel_samen", "valideer"]
