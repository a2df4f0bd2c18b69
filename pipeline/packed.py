"""The word index file's arrays, mapped into memory, and the groups of tables it carries (:func:`packed_group`).

Restore's word index file (``pipeline/data/ja_word_index.npz``, built at set-up by ``python -m
pipeline.restore.build_index``: :func:`pipeline.restore.resources.build_word_index`) carries, beside the index, tables
that every process would otherwise build from fixed data at run time. This module reads them with nothing of restore
imported (importing :mod:`pipeline.restore` costs a third of a second), so that the clean and segment stages read the
tables they share (wordfreq's English Zipf values, the US Census's names) as restore does; numpy is imported when the
file is first read.
"""

from __future__ import annotations

import functools
import io
import math
import zipfile
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

WORD_INDEX_FILE = "ja_word_index.npz"
PACKED_FORMAT = 1
"""The layout of the groups of tables the word index file carries beside the index and the frequency tables
(:func:`packed_group`): a file written in another layout, or before it carried them, is not read for them."""


@functools.cache
def index_arrays(path: Path) -> dict[str, Any]:
    """Every array of the word index file, read once per process for the index and the tables it carries.

    The file is written uncompressed (:meth:`pipeline.restore.resources.WordIndex.save`), so each array lies whole in
    it and is mapped into memory, read-only, where it stands (:func:`mapped_arrays`): the 40 MB are not read and
    checked at each start (np.load read them all and checked their CRC: a fifth of a ``pipeline restore -`` process's
    CPU to its first verdict), only the pages a lookup touches are read. A file whose members are compressed is read
    by np.load.
    """
    import numpy as np

    mapped = mapped_arrays(path)
    if mapped is not None:
        return mapped
    with np.load(path, allow_pickle=False) as z:
        return {name: z[name] for name in z.files}


def mapped_arrays(path: Path) -> dict[str, Any] | None:
    """The arrays of an ``.npz`` whose members are all stored uncompressed, as read-only views of the file mapped
    into memory (the very arrays np.load reads), or None where a member is compressed or not a plain ``.npy``.

    >>> import tempfile, numpy as np
    >>> with tempfile.TemporaryDirectory() as d:
    ...     np.savez(Path(d) / "a.npz", w=np.array(["実験", "体験"]), k=np.arange(3))
    ...     got = mapped_arrays(Path(d) / "a.npz")
    ...     [(name, a.tolist(), a.flags.writeable) for name, a in got.items()]
    [('w', ['実験', '体験'], False), ('k', [0, 1, 2], False)]
    """
    import mmap
    import struct

    import numpy as np

    with open(path, "rb") as f:
        try:
            with zipfile.ZipFile(f) as z:
                infos = z.infolist()
        except zipfile.BadZipFile:
            return None
        if any(i.compress_type != zipfile.ZIP_STORED or not i.filename.endswith(".npy") for i in infos):
            return None
        try:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (ValueError, OSError):  # an empty file cannot be mapped
            return None
    out = {}
    for info in infos:
        # the member's data follows its local header (30 bytes, then its name and extra field, whose lengths the
        # local header gives: they may differ from the central directory's)
        name_len, extra_len = struct.unpack("<HH", mm[info.header_offset + 26:info.header_offset + 30])
        start = info.header_offset + 30 + name_len + extra_len
        member = io.BytesIO(mm[start:start + min(info.file_size, 1 << 16)])
        version = np.lib.format.read_magic(member)
        header = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}.get(version)
        if header is None:
            return None
        shape, fortran, dtype = header(member)
        if dtype.hasobject:
            return None
        count = math.prod(shape)
        array = np.frombuffer(mm, dtype=dtype, count=count, offset=start + member.tell()) if count else \
            np.zeros(0, dtype=dtype)
        out[info.filename[:-len(".npy")]] = array.reshape(shape, order="F" if fortran else "C")
    return out


def aligned(array):
    """``array`` itself where its data are aligned for its type, else a read-only copy that is (the same values).

    An ``.npz`` member's data start wherever the zip's headers end, so most arrays :func:`mapped_arrays` maps are
    misaligned, and numpy copies a misaligned array whole before each ``searchsorted`` over it: the character model's
    4.4 MB of backward trigrams cost 1 ms a search (a few microseconds aligned), the forward bigrams and the word
    index's keys 0.1–0.2 ms, thousands of times a document (issue 19 point 5, session 82). The arrays searched are
    copied once, at load; the rest stay mapped.

    >>> import numpy as np
    >>> raw = np.zeros(17, dtype=np.uint8)
    >>> odd = np.frombuffer(raw.data, dtype=np.int64, count=2, offset=1)
    >>> odd.flags.aligned, aligned(odd).flags.aligned, aligned(odd).tolist(), aligned(odd).flags.writeable
    (False, True, [0, 0], False)
    """
    if array.flags.aligned:
        return array
    copy = array.copy()
    copy.setflags(write=False)
    return copy


def group_of(arrays: dict[str, Any], group: str, source: str) -> dict[str, Any] | None:
    """The arrays of ``group`` among a word index file's ``arrays`` (their names begin with ``group`` and an
    underscore), or None where it carries no such group, or the group was built from something else than ``source``
    says or in another layout (:data:`PACKED_FORMAT`).

    >>> import numpy as np
    >>> arrays = {"g_about": np.array("format 1; wordfreq 3.1.1"), "g_t": np.arange(2), "h_t": np.arange(1)}
    >>> sorted(group_of(arrays, "g", "wordfreq 3.1.1")), group_of(arrays, "g", "wordfreq 3.0.2")
    (['g_about', 'g_t'], None)
    """
    about = arrays.get(f"{group}_about")
    if about is None or str(about) != f"format {PACKED_FORMAT}; {source}":
        return None
    return {name: array for name, array in arrays.items() if name.startswith(group + "_")}


def data_dir() -> Path:
    """The folder of the packaged data files."""
    return Path(str(importlib_resources.files("pipeline").joinpath("data")))


def packed_group(group: str, source: str) -> dict[str, Any] | None:
    """:func:`pipeline.restore.resources.packed_group` for the modules outside restore: one group of the word index
    file's tables, or None where there is no such file or no such group built from ``source``."""
    path = data_dir() / WORD_INDEX_FILE
    if not path.is_file():
        return None
    return group_of(index_arrays(path), group, source)


@functools.cache
def distribution_version(name: str) -> str:
    """An installed package's version, as ``importlib.metadata.version`` gives it: read from the one
    ``NAME-*.dist-info/METADATA`` beside the package where there is one (importing importlib.metadata
    was 0.02 s of a restore process's start, issue 19 point 5), else from importlib.metadata."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is not None and spec.origin:
        found = list(Path(spec.origin).parent.parent.glob(f"{name}-*.dist-info/METADATA"))
        if len(found) == 1:
            for line in found[0].read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    break  # the headers end at the first blank line
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
    from importlib.metadata import version

    return version(name)


def unpack_table(arrays: dict[str, Any], name: str) -> dict[str, float]:
    """A table of strings to floats as :func:`pipeline.restore.resources.pack_table` packed it (its keys as UTF-8
    lines, its values as float64), whole, in its keys' order."""
    keys = arrays[f"{name}_keys"].tobytes().decode("utf-8").split("\n")[:-1]
    return dict(zip(keys, arrays[f"{name}_values"].tolist()))
