"""Claims in the schema of a gold file (``shared/dev/gold.jsonl``): ``export claims --format gold-jsonl``.

One JSON object per event or denial claim with the keys a gold line has - ``doc``, ``incident``, ``type``,
``place`` (the place as the text spells it, else its resolved name), ``country``, ``date`` (``YYYY-MM-DD`` or
``start/end``), ``killed`` / ``injured`` / ``captured`` / ``missing`` (``{"value", "qualifier"}``, a range as
``at_least`` with its ``max``), ``other_figures``, ``attributed_to``, ``evidence`` and ``vague`` - plus
``claim_id``, so that the ledger can be scored by any scorer of that format (the dev set's own
``tools/score.py --pred``) or set beside a coder's file. The values are those ``claimledger eval`` compares
(:func:`claimledger.evaluate.claim_to_gold_shape`). Claims of the characterization family are left out:
their gold has a format of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimledger.evaluate import OTHER_FAMILY_TYPES, claim_to_gold_shape, gold_other_figures
from claimledger.models import ClaimOut

_INTERNAL = ("types", "place_names", "span")  # what the scorer of ``claimledger eval`` keeps beside the gold keys


def gold_record(claim: ClaimOut) -> dict[str, Any]:
    """One claim as a gold line (see the module docstring)."""
    shape = claim_to_gold_shape(claim)
    record: dict[str, Any] = {"claim_id": claim.claim_id}
    record.update((k, v) for k, v in shape.items() if k not in _INTERNAL)
    record["place"] = claim.place.text or claim.place.name
    record["other_figures"] = [{"what": f.what, "value": f.value, "qualifier": f.qualifier}
                               for f in gold_other_figures(claim)]
    record["evidence"] = claim.evidence.text
    vague = {f.kind: f.text for f in claim.figures if f.qualifier == "vague" and f.text}
    if vague:
        record["vague"] = vague
    return record


def write_gold_jsonl(claims: Iterable[ClaimOut], out: TextIO) -> int:
    """Write the event and denial claims as gold lines; RETURNS (int): the number written."""
    count = 0
    for claim in claims:
        if claim.type in OTHER_FAMILY_TYPES:
            continue
        out.write(json.dumps(gold_record(claim), ensure_ascii=False) + "\n")
        count += 1
    return count
