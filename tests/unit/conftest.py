"""Helpers for the core unit tests: small synthetic input files written into tmp_path."""
from pathlib import Path
from typing import Callable, Union

import pytest


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """write_file(name, content, encoding='utf-8') -> path; bytes are written as they are."""

    def write(name: str, content: Union[str, bytes], encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write
