#!/usr/bin/env python3
"""Write docs/acled_mapping.md from claimledger/extract/rules/types.json (run after editing the rules)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimledger.extract.types import rules  # noqa: E402


def render() -> str:
    r = rules()
    lines = [
        "# Incident types and their ACLED mapping",
        "",
        "Generated from `claimledger/extract/rules/types.json` by `scripts/acled_mapping_doc.py`; do not edit by hand.",
        "",
        "claimledger keeps a small own taxonomy of incident types (DESIGN.md). Each type maps to one ACLED",
        "`event_type` / `sub_event_type` (ACLED codebook, 2019 taxonomy) so that exports fit that codebook. The",
        "type of a claim is its heaviest event word; some event words carry a more specific ACLED sub type, and",
        "modifiers read the sentence (an attack on a police post is an armed clash; a protest the police dispersed",
        "is a protest with intervention).",
        "",
        "## Types",
        "",
        "| type | ACLED event_type | ACLED sub_event_type | weight |",
        "|---|---|---|---|",
    ]
    for name, info in r["types"].items():
        lines.append(f"| `{name}` | {info['acled_event_type']} | {info['acled_sub_event_type']} | {info['weight']} |")
    lines += ["", "## Event-word patterns", "", "| rule | type | ACLED override | pattern |", "|---|---|---|---|"]
    for p in r["patterns"]:
        over = " / ".join(x for x in (p.get("acled_event_type"), p.get("acled_sub_event_type")) if x) or ""
        pat = p["pattern"].replace("|", "\\|")
        lines.append(f"| `type.{p['id']}` | `{p['type']}` | {over} | `{pat}` |")
    lines += ["", "## Modifiers (read the sentence, or the event word's target)", "",
              "| rule | applies to | sets type | sets ACLED sub type | scope |", "|---|---|---|---|---|"]
    for m in r["modifiers"]:
        lines.append(f"| `{m['id']}` | {', '.join(m['applies_to'])} | {m.get('set_type', '')} | {m.get('acled_sub_event_type', '')} | {m.get('scope', 'sentence')} |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    out = ROOT / "docs" / "acled_mapping.md"
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
