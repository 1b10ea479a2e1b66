"""zsdesk: desktop client for Zhongshan second-hand housing contract filing (存量房买卖合同网签备案)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("zsdesk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+src"
