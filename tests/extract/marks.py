"""Marks shared by the extraction tests."""

from __future__ import annotations

import pytest

from claimledger.extract import prefilter

# Hyperscan is declared for Linux x86-64 only (constraints.txt); elsewhere the prefilter gates nothing and
# the tests of its databases have nothing to read
needs_hyperscan = pytest.mark.skipif(prefilter._hs is None, reason="hyperscan not installed")
