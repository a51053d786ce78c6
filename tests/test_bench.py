"""Bench API: throughput and memory fields are measured and consistent."""

from __future__ import annotations

import sys
from pathlib import Path

from claimledger.bench import bench_extract, cpu_model
from claimledger.models import SourceText


def test_bench_extract_reports_throughput_and_machine() -> None:
    texts = [SourceText(doc_id=str(i), text="On 3 March 2020, a strike killed 4 people and injured 7. " * 20)
             for i in range(5)]
    report = bench_extract(texts)
    assert report.documents == 5
    assert report.words == 5 * 20 * 12
    assert report.claims >= 5
    assert report.words_per_second > 0 and report.words_per_cpu_second > 0
    assert report.peak_rss_mb is None or report.peak_rss_mb > 10
    assert report.python.count(".") == 2
    assert Path(report.interpreter).is_file() and Path(report.interpreter) == Path(sys.executable).resolve()
    assert report.cpu == cpu_model() and report.cpu
    assert report.table().row_count >= 10


def test_bench_extract_reports_the_median_round_between_the_slowest_and_fastest() -> None:
    texts = [SourceText(doc_id="1", text="On 3 March 2020, shelling killed 4 people, officials said. " * 30)]
    report = bench_extract(texts, rounds=3)
    assert report.rounds == 3
    assert report.words_per_cpu_second_min <= report.words_per_cpu_second <= report.words_per_cpu_second_max
    assert report.claims >= 1
