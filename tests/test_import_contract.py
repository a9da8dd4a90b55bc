"""The import graph the design intends (ARCHITECTURE.md): arrows point down only, the model imports
nothing above it, and only editor/ui uses Qt widgets. Read from the source (AST), local imports too."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

LAGEN = [
    {"editor", "editor.paths", "editor.errors", "editor.i18n", "editor.crashlog", "editor.settings", "editor.atomair"},
    {"editor.model", "editor.onderwerpen"},
    {"editor.compare"},
    {"editor.revisions"},
    {"editor.store"},
    {"editor.formats"},
    {"editor.checks"},
    {"editor.samples"},
    {"clauses"},
    {"editor.wizard", "editor.bewerken"},
    {"editor.cli", "editor.cli_review", "editor.cli_word", "editor.ui"},
]


def laag(module: str) -> int | None:
    """The layer of a module: the most specific name that it is or lies in."""
    beste: tuple[int, int] | None = None
    for nummer, namen in enumerate(LAGEN):
        for n in namen:
            if (module == n or module.startswith(n + ".")) and (beste is None or len(n) > beste[1]):
                beste = (nummer, len(n))
    return beste[0] if beste else None


def pakket(module: str) -> str:
    """The package a module belongs to; the command line's modules (cli, cli_review, cli_word) are one."""
    delen = module.split(".")
    naam = ".".join(delen[:2]) if delen[0] == "editor" else delen[0]
    return "editor.cli" if naam.startswith("editor.cli") else naam


def modules() -> dict[str, Path]:
    uit = {}
    for map_ in ("editor", "clauses"):
        for pad in (ROOT / map_).rglob("*.py"):
            naam = ".".join(pad.relative_to(ROOT).with_suffix("").parts)
            uit[naam.removesuffix(".__init__")] = pad
    return uit


def imports(naam: str, pad: Path) -> list[tuple[str, int]]:
    """(imported module, line) for every import in the file, relative ones resolved."""
    basis = naam.split(".") if pad.name == "__init__.py" else naam.split(".")[:-1]
    uit = []
    for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
        if isinstance(knoop, ast.ImportFrom):
            doel = ".".join(basis[:len(basis) - knoop.level + 1] + [knoop.module or ""]) if knoop.level else knoop.module
            uit.append((doel.strip("."), knoop.lineno))
        elif isinstance(knoop, ast.Import):
            uit += [(a.name, knoop.lineno) for a in knoop.names]
    return uit


def test_arrows_point_down_only() -> None:
    overtredingen = []
    for naam, pad in modules().items():
        eigen = laag(naam)
        assert eigen is not None, f"{naam} has no layer in this test: give it one"
        for doel, regel in imports(naam, pad):
            doel_laag = laag(doel)
            if doel_laag is None or pakket(doel) == pakket(naam):
                continue
            if doel_laag > eigen or (doel_laag == eigen and eigen not in (0,)):
                overtredingen.append(f"{pad.relative_to(ROOT)}:{regel} imports {doel}")
    assert overtredingen == []


def test_only_the_ui_uses_qt_widgets() -> None:
    overtredingen = [f"{pad.relative_to(ROOT)}:{regel}" for naam, pad in modules().items() if not naam.startswith("editor.ui")
                     for doel, regel in imports(naam, pad) if doel.startswith("PySide6.QtWidgets")]
    assert overtredingen == []


def test_the_model_imports_nothing_of_the_program() -> None:
    for naam, pad in modules().items():
        if naam.startswith("editor.model"):
            assert all((laag(doel) or 0) <= 1 for doel, _ in imports(naam, pad)
                       if doel.startswith("editor")), naam
