"""The sandbox registry server (FastAPI + SQLAlchemy). Start with `zsdesk-registry serve`."""
