"""scripts/pick-python: the interpreter `make` builds the venv on."""

from __future__ import annotations

import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "pick-python"


def test_pick_python_prints_an_interpreter_of_python_3_11_or_newer_that_can_make_a_venv() -> None:
    chosen = subprocess.run([str(SCRIPT)], capture_output=True, text=True, check=True).stdout.strip()
    assert chosen
    probe = subprocess.run([chosen, "-c", "import sys, venv, ensurepip; print(sys.version_info >= (3, 11))"],
                           capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == "True"


def test_pick_python_prefers_the_distribution_interpreter_when_it_qualifies() -> None:
    system = Path("/usr/bin/python3")
    qualifies = system.exists() and subprocess.run(
        [str(system), "-c", "import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))"],
        capture_output=True).returncode == 0
    chosen = subprocess.run([str(SCRIPT)], capture_output=True, text=True, check=True).stdout.strip()
    assert (chosen == str(system)) == qualifies
