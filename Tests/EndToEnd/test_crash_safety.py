"""Crash safety: the short form of scripts/kill-test, a few SIGKILLs of each scenario (the
script runs 50): after each, the database passes its integrity check, every write answered
2xx is there exactly once, and the interrupted command run again finishes the job."""

from __future__ import annotations

import random
import sys

import pytest

from conftest import REPO, sahifa_binary

sys.path.insert(0, str(REPO / "scripts"))
from kill_harness import SCENARIOS, Harness  # noqa: E402

KILLS = 3


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_nothing_acknowledged_is_lost_when_killed(sahifa_bin, tmp_path, scenario):
    seed = random.randrange(10**6)
    lines: list[str] = []
    harness = Harness(sahifa_binary(), tmp_path, random.Random(seed), log=lines.append)
    try:
        getattr(harness, "scenario_" + scenario)(KILLS)
    except AssertionError as failure:
        raise AssertionError(f"seed {seed} (rerun: scripts/kill-test {scenario} --seed {seed}): {failure}\n"
                             + "\n".join(lines)) from failure
