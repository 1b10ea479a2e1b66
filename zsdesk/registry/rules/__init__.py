"""The registry's rules over wire fields, shared by both ends: the client checks a form with the
same code the registry uses to refuse it. Adapters only (wire names ↔ the domain's records); the
rules themselves live in `zsdesk.domain`."""
