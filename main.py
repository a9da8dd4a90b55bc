"""Beleidsstudio: without arguments the window opens; with a sub-command it runs headless."""

from __future__ import annotations

import os
import sys


def heeft_beeldscherm() -> bool:
    """Qt aborts without a display; say so in one line instead."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from editor.i18n import taal_van_omgeving, tr, zet_taal

    if argv:
        zet_taal(taal_van_omgeving())
        from editor.cli import main as cli_main

        return _zonder_traceback(lambda: cli_main(argv))
    if not heeft_beeldscherm():
        zet_taal(taal_van_omgeving())
        print(tr("Geen beeldscherm gevonden (DISPLAY is niet gezet): start Beleidsstudio in een grafische omgeving."),
              file=sys.stderr)
        return 2
    from editor.ui.app import run

    return _zonder_traceback(run)


def _zonder_traceback(actie) -> int:
    """An unexpected error is logged with its traceback; the user gets one line."""
    try:
        return actie()
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        from editor.crashlog import schrijf

        pad = schrijf(exc)
        from editor.i18n import tr

        print(tr("Onverwachte fout: {fout} (details in {log})").format(fout=exc, log=pad), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
