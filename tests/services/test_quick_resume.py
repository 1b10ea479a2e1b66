"""services/quick_resume.py — starting straight into the main window with a remembered login: only a
login remembered for this registry is a candidate; finishing signs in with the keyring's password,
asks again when the registry refuses it, and stays offline when the registry cannot be reached. The
real sandbox registry over loopback, settings.json on disk, the tests' in-memory keyring (a CI
machine has no OS keyring). No GUI."""

from __future__ import annotations

from typing import Any

import pytest
from loopback import dead_url

from services.agency_world import close_context, sign_in_agency
from zsdesk.domain.enums import ReviewStatus
from zsdesk.paths import app_paths
from zsdesk.registry.credentials import CredentialStore
from zsdesk.services import agency, quick_resume
from zsdesk.services.app_context import Account, AppContext
from zsdesk.services.app_settings import load_settings
from zsdesk.services.offline_login import OFFLINE_MESSAGE
from zsdesk.services.progress import Progress
from zsdesk.services.quick_resume import ResumeResult
from zsdesk.services.registry_access import RegistryAccess


def next_start() -> AppContext:
    """The app started again: its settings read back from disk, nothing in memory."""
    return AppContext(app_paths())


@pytest.fixture
def remembered(sandbox_url: str, new_agency: dict[str, Any]) -> Account:
    """An agency that logged in with "remember me" (and bound its account), then quit."""
    ctx = sign_in_agency(sandbox_url, new_agency, remember=True)
    assert ctx.account is not None
    account = ctx.account
    close_context(ctx)
    return account


def test_a_remembered_login_is_the_candidate_and_signs_in(remembered: Account) -> None:
    ctx = next_start()
    account = quick_resume.candidate(ctx)
    assert account == remembered
    quick_resume.begin(ctx, account)
    # before the window is built: whose it is, and that it is signing in — not online yet
    assert ctx.account == remembered and ctx.pending_uid == remembered.uid_account
    assert ctx.status.connecting and not ctx.status.online
    assert ctx.status.message == quick_resume.CONNECTING_MESSAGE
    try:
        assert quick_resume.finish(ctx, Progress()) is ResumeResult.ONLINE
        assert ctx.status.online and not ctx.status.connecting
        assert isinstance(ctx.client, RegistryAccess) and ctx.account is not None
        assert ctx.account.username == remembered.username
        # signed in for real: an authenticated call answers
        assert agency.load_enterprise(ctx).status is ReviewStatus.DRAFT
    finally:
        close_context(ctx)


def test_a_login_not_remembered_is_no_candidate(sandbox_url: str, new_agency: dict[str, Any]) -> None:
    close_context(sign_in_agency(sandbox_url, new_agency, remember=False))
    assert CredentialStore().load() is None
    assert quick_resume.candidate(next_start()) is None


def test_a_login_remembered_for_another_registry_is_no_candidate(remembered: Account) -> None:
    ctx = next_start()
    ctx.settings.registry_url = dead_url()       # the user has since pointed the app elsewhere
    assert quick_resume.candidate(ctx) is None


def test_a_refused_remembered_password_asks_for_the_password_again(remembered: Account) -> None:
    CredentialStore().remember(remembered.uid_account, "changed-Elsewhere-1")   # stale in the keyring
    ctx = next_start()
    account = quick_resume.candidate(ctx)
    assert account is not None
    quick_resume.begin(ctx, account)
    try:
        assert quick_resume.finish(ctx, Progress()) is ResumeResult.NEEDS_LOGIN
        assert not ctx.status.online and not ctx.status.connecting
        assert ctx.status.message == OFFLINE_MESSAGE
        assert ctx.account == remembered          # the open window stays the same account's
        assert isinstance(ctx.client, RegistryAccess) and ctx.client.tokens.get() is None   # not signed in
    finally:
        close_context(ctx)


def test_the_keyring_holding_another_accounts_login_is_not_used(remembered: Account,
                                                                another_agency: dict[str, Any]) -> None:
    # a real login of another company, which the registry would accept
    CredentialStore().remember(another_agency["login"], another_agency["password"])
    ctx = next_start()
    account = quick_resume.candidate(ctx)
    assert account is not None          # settings still name the remembered account …
    quick_resume.begin(ctx, account)
    try:
        # … but only its own remembered login may sign it in
        assert quick_resume.finish(ctx, Progress()) is ResumeResult.NEEDS_LOGIN
        assert not ctx.status.online and ctx.account == remembered
        assert isinstance(ctx.client, RegistryAccess) and ctx.client.tokens.get() is None   # nobody signed in
        assert load_settings(app_paths()).remembered_account == remembered.uid_account
    finally:
        close_context(ctx)


def test_an_unreachable_registry_leaves_it_offline_on_the_cache(remembered: Account) -> None:
    ctx = next_start()
    account = quick_resume.candidate(ctx)
    assert account is not None
    quick_resume.begin(ctx, account)
    ctx.settings.registry_url = dead_url()       # the registry went away since the last start
    try:
        assert quick_resume.finish(ctx, Progress()) is ResumeResult.OFFLINE
        assert not ctx.status.online and not ctx.status.connecting
        assert ctx.status.message == OFFLINE_MESSAGE
        assert ctx.client is None and ctx.account == remembered
    finally:
        close_context(ctx)
