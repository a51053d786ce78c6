from claimledger.cli import app

app()
