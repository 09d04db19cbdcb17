"""Benchmarks: figures printed and saved, never pass/fail tests. Run `make bench`."""
