"""Adapters that plug yamabiko into other frameworks (optional dependencies)."""
