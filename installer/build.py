"""Build the one-folder bundle for this system (make dist) and fill in the Windows Inno Setup script.

Run: python installer/build.py  (from the project's .venv, with the dist extras installed)
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def versie() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def vul_inno_setup() -> Path:
    """installer/beleidsstudio.iss.in with the version and the bundle's folder filled in."""
    sjabloon = (INSTALLER / "beleidsstudio.iss.in").read_text(encoding="utf-8")
    doel = ROOT / "dist" / "beleidsstudio.iss"
    doel.write_text(sjabloon.replace("@VERSIE@", versie()).replace("@BUNDEL@", str(ROOT / "dist" / "Beleidsstudio")),
                    encoding="utf-8")
    return doel


def main() -> int:
    opdracht = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"), str(INSTALLER / "beleidsstudio.spec")]
    if subprocess.run(opdracht, cwd=ROOT).returncode != 0:
        return 1
    iss = vul_inno_setup()
    print(f"bundle: {ROOT / 'dist' / 'Beleidsstudio'}; Inno Setup script: {iss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
