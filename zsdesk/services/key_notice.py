"""Tells the user, once per start, when the cache key cannot live in the OS keyring."""

from __future__ import annotations

from zsdesk.paths import AppPaths


def key_fallback_notice(paths: AppPaths) -> str | None:
    """The Chinese notice to show when the cache key is kept in the fallback key file; None when the
    OS keyring holds it. Probing a keyring can wait on D-Bus: call it off the GUI thread."""
    from zsdesk.store.keys import describe_key_status

    status = describe_key_status(paths.database, paths.config_dir)
    return status.message if status.fallback else None
