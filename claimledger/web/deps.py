"""FastAPI dependencies as ``Annotated`` aliases, read from ``app.state`` (tests swap the ledger)."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request

from claimledger.ledger import Ledger
from claimledger.web.auth import Principal, check_csrf_api, check_csrf_form, require


def get_ledger(request: Request) -> Ledger:
    return cast(Ledger, request.app.state.ledger)


public = require("public")
viewer = require("viewer", "read the ledger")
editor = require("editor", "review claims")
admin = require("admin", "manage users")

LedgerDep = Annotated[Ledger, Depends(get_ledger)]
Public = Annotated[Principal | None, Depends(public)]
Viewer = Annotated[Principal, Depends(viewer)]
Editor = Annotated[Principal, Depends(editor)]
Admin = Annotated[Principal, Depends(admin)]
CsrfForm = Depends(check_csrf_form)
CsrfApi = Depends(check_csrf_api)
