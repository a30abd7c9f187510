from pathlib import Path

import pytest


def files_under(root):
    return sorted(str(p) for p in Path(root).rglob("*") if p.is_file())


@pytest.fixture
def storage_snapshot(settings):
    """Every stored file, public and private, to prove a refusal stored nothing."""

    def snapshot():
        return files_under(settings.MEDIA_ROOT) + files_under(settings.PRIVATE_MEDIA_ROOT)

    return snapshot
