"""zsdesk: desktop client for Zhongshan second-hand housing contract filing (存量房买卖合同网签备案)."""

# Looked up on first use: importlib.metadata costs ~25 ms, a sixth of the login window's start.
__version__: str


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module 'zsdesk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("zsdesk")
    except PackageNotFoundError:  # running from a source tree that is not installed
        value = "0.0.0+src"
    globals()["__version__"] = value
    return value
