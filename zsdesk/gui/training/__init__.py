"""练习环境 (training mode) screens: the unified-account registration, the panel that stands in for the
registry's counter, reviewers, SMS and clock, and the bar that opens them. Built only when the app
is connected to a training sandbox (services.training.available)."""
