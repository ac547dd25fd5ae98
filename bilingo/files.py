"""Write files so that a reader never sees half of one: a temporary file beside it, then a rename.

Reports, baselines and cache entries all go through here. A crash or Ctrl-C in the middle
leaves the old file (or none) and at most a hidden temporary that is removed on the way out.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _process_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import, while no other thread can be creating files with umask 0.
FILE_MODE = 0o666 & ~_process_umask()


def write_atomically(target: str | os.PathLike, data: bytes | str) -> None:
    """Replace ``target`` with ``data`` (text is written as UTF-8); raises ``OSError``.

    The file gets the mode any new file of this process would get (the umask's), not the
    owner-only mode of a temporary file: a report is meant to be opened by others too.
    """
    target = Path(target)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
