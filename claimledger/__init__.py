"""claimledger: a neutral, sourced ledger of claims about armed-conflict incidents."""
