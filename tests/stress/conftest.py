# Proof scripts run by hand against `make prod` (see docs/reliability.md), never by pytest.
collect_ignore_glob = ["*.py"]
