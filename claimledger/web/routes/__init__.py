"""Routers: ``api`` (JSON under /api), ``pages`` (HTML reads), ``forms`` (HTML review posts), ``account``."""
