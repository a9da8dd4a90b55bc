"""Errors that reach a user as one clear, translated line."""


class BeleidsstudioFout(Exception):
    """An expected failure (bad input, a foreign file): its message is already translated."""


class BestandFout(BeleidsstudioFout):
    """A file that cannot be read, is missing, or is not what it claims to be."""


class ProjectFout(BeleidsstudioFout):
    """A .beleid project file that is corrupt, foreign or from a newer version."""
