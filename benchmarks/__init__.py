"""Benchmarks (accuracy and throughput), run as modules: ``python -m benchmarks.extraction``."""
