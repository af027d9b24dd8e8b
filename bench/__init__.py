"""DealGraph benchmarks (``make bench`` runs ``python -m bench``); see ``bench/report.md``."""
