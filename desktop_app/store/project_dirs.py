"""Folders shipped beside the package: Alembic migrations and resources."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_DIR = ROOT / "db"
RESOURCES_DIR = ROOT / "resources"
