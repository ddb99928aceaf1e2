from __future__ import annotations

import sys
from pathlib import Path

# The fixture builders live next to the tests (tests/ingest/ingest_fixtures.py).
sys.path.insert(0, str(Path(__file__).parent))
