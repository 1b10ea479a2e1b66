"""Stylesheet and icons of the desktop GUI (read through importlib.resources)."""
