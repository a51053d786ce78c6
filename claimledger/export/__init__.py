"""Exports the tools users already have read: claims JSONL/CSV, ACLED- and UCDP-style
CSV, GeoJSON and Parquet. Each module is one format family; each writer streams rows
from the ledger into a file object and returns how many it wrote."""
