"""Benchmarks: `make bench` (performance, bench/perf.py), `make bench-restore` (restoration accuracy)."""
