"""A local Evolink API simulator (aiohttp on loopback) for tests, benchmarks and the demo mode."""

from app.simulator.context import DEMO_KEY
from app.simulator.runner import Simulator, run_standalone

__all__ = ["DEMO_KEY", "Simulator", "run_standalone"]
