"""The 存量房买卖合同 wizard: a thin Qt view over `zsdesk.services.contract_wizard` (one module per page)."""
