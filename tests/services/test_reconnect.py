"""services/reconnect.py — leaving offline mode: the probe answers only for a configured registry
that is up, and resuming signs the offline account in again with its own remembered login, or
leaves everything as it was. The real sandbox registry over loopback, the tests' in-memory keyring
(a CI machine has no OS keyring). No GUI."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from loopback import dead_url

from services.agency_world import close_context, sign_in_agency
from zsdesk.domain.enums import ReviewStatus
from zsdesk.paths import app_paths
from zsdesk.registry.credentials import CredentialStore
from zsdesk.services import agency, reconnect
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import AppSettings, load_settings
from zsdesk.services.offline_login import OFFLINE_MESSAGE, last_account, open_offline
from zsdesk.services.registry_access import RegistryAccess


def offline_with(url: str) -> AppContext:
    """The app opened offline on the cache for the last account (the registry was down at start)."""
    ctx = AppContext(app_paths())
    ctx.settings.registry_url = url
    account = last_account(ctx.settings)
    assert account is not None
    open_offline(ctx, account)
    return ctx


@pytest.fixture
def remembered(sandbox_url: str, new_agency: dict[str, Any]) -> str:
    """An agency that logged in with "remember me" and quit; returns the registry's URL."""
    close_context(sign_in_agency(sandbox_url, new_agency, remember=True))
    return sandbox_url


@pytest.fixture
def probed(remembered: str) -> Iterator[RegistryAccess]:
    access = reconnect.probe(offline_with(remembered))
    assert access is not None
    yield access
    access.close()


# -- the probe ----------------------------------------------------------------------------------

def test_the_probe_answers_with_a_client_for_the_configured_registry(sandbox_url: str) -> None:
    ctx = AppContext(app_paths(), AppSettings(registry_url=sandbox_url))
    access = reconnect.probe(ctx)
    assert isinstance(access, RegistryAccess)
    try:
        assert access.base_url == sandbox_url and access.tokens.get() is None   # reached, not signed in
        assert ctx.client is None                 # probing changes nothing by itself
    finally:
        access.close()


def test_the_probe_finds_nothing_at_a_dead_port() -> None:
    assert reconnect.probe(AppContext(app_paths(), AppSettings(registry_url=dead_url()))) is None


def test_the_training_sandbox_is_not_probed() -> None:
    # No registry configured: the app starts the training sandbox itself; there is nothing to wait for.
    assert reconnect.probe(AppContext(app_paths(), AppSettings(registry_url=""))) is None


# -- resuming -----------------------------------------------------------------------------------

def test_resume_signs_the_offline_account_in_with_its_remembered_login(remembered: str,
                                                                        probed: RegistryAccess) -> None:
    ctx = offline_with(remembered)
    account = ctx.account
    assert not ctx.status.online and ctx.client is None
    try:
        assert reconnect.resume(ctx, probed)
        assert ctx.client is probed and ctx.registry_url == probed.base_url
        assert ctx.status.online and ctx.account is not None and ctx.account.username == account.username
        assert agency.load_enterprise(ctx).status is ReviewStatus.DRAFT     # the session is real
    finally:
        close_context(ctx)


def test_a_refused_remembered_password_leaves_the_app_offline_as_it_was(remembered: str,
                                                                          probed: RegistryAccess) -> None:
    ctx = offline_with(remembered)
    account = ctx.account
    assert account is not None
    CredentialStore().remember(account.uid_account, "changed-Elsewhere-1")
    try:
        assert not reconnect.resume(ctx, probed)
        assert ctx.client is None and ctx.account == account
        assert not ctx.status.online and ctx.status.message == OFFLINE_MESSAGE
        assert probed.tokens.get() is None
    finally:
        close_context(ctx)


def test_without_a_remembered_login_nothing_is_tried(remembered: str, probed: RegistryAccess) -> None:
    ctx = offline_with(remembered)
    account = ctx.account
    CredentialStore().forget()
    try:
        assert not reconnect.resume(ctx, probed)
        assert ctx.client is None and ctx.account == account and not ctx.status.online
    finally:
        close_context(ctx)


def test_another_accounts_remembered_login_is_not_used(remembered: str, probed: RegistryAccess,
                                                       another_agency: dict[str, Any]) -> None:
    ctx = offline_with(remembered)
    account = ctx.account
    assert account is not None
    # a real login of another company, which the registry would accept
    CredentialStore().remember(another_agency["login"], another_agency["password"])
    try:
        assert not reconnect.resume(ctx, probed)
        assert ctx.client is None and not ctx.status.online and probed.tokens.get() is None
        assert ctx.account == account
        assert load_settings(app_paths()).remembered_account == account.uid_account
    finally:
        close_context(ctx)


def test_nobody_offline_means_nothing_to_resume(remembered: str, probed: RegistryAccess) -> None:
    ctx = AppContext(app_paths(), AppSettings(registry_url=remembered))
    assert not reconnect.resume(ctx, probed)
    assert ctx.client is None and ctx.account is None
