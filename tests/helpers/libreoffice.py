"""Whether LibreOffice can be driven through UNO here (Debian's python3-uno, with /usr/bin/python3): asked once
for the whole test run."""

from __future__ import annotations

import subprocess
from functools import cache


@cache
def heeft_uno() -> bool:
    try:
        return subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
