"""Benchmarks for brief (`make bench`)."""
