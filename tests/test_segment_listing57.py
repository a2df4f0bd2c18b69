"""Trial 57: a command's output under its shell prompt stays with the prompt as one program listing (``code``).

``$ ls -l /srv/archive`` over ``total 12`` and the files' lines, or ``PS C:\\> Get-Item …`` over its table, came out
one paragraph a line, no listing: the output has no program's shape of its own. Near misses stay prose: a price
(``$ 5.00`` over ``Adults``), ``$5`` in a sentence, a quoted mail, a list lettered ``A.`` in prose.
Made-up inputs (also under /work/regress/in_misc57/); the expected results were written first."""

from __future__ import annotations

import pytest

from segment_inputs import run_text


def _blocks(text: str) -> list[str]:
    """Every paragraph of the one talk, each listing as one block of lines joined by line breaks."""
    [talk] = run_text(text).talks
    out = []
    for paragraphs, listings in [(talk.front, talk.front_listings)] + [(s.paragraphs, s.listings) for s in talk.sections]:
        starts = dict(listings)
        i = 0
        while i < len(paragraphs):
            n = starts.get(i, 1)
            out.append("\n".join(p.text for p in paragraphs[i:i + n]))
            i += n
    return out


UNIX = """Setting up the archive server

The following commands list the files in the working folder before the backup starts.

$ ls -l /srv/archive
total 12
-rw-r--r-- 1 admin staff 2048 Mar  3 10:15 index.html
drwxr-xr-x 2 admin staff 4096 Mar  3 10:15 logs

The backup then copies these files to the second disk. It costs about $5 a month to keep.
"""

WINDOWS = """Checking a Windows share

On the office computer the share is checked with PowerShell.

PS C:\\> Get-Item C:\\Reports

    Directory: C:\\

Mode                 LastWriteTime         Length Name
----                 -------------         ------ ----
d-----        2024/04/01     10:00                Reports

The folder exists and the report can be written there.
"""

JAPANESE = """市のサーバーの確認

担当者は次のコマンドでディスクの空きを確かめる。

$ df -h /data
Filesystem      Size  Used Avail Use% Mounted on
/dev/sdb1       500G  120G  380G  24% /data

空きが十分であることを確認した。
"""


@pytest.mark.parametrize("text, first, lines", [
    (UNIX, "$ ls -l /srv/archive", 4),
    (WINDOWS, "PS C:\\> Get-Item C:\\Reports", 5),
    (JAPANESE, "$ df -h /data", 3),
])
def test_a_command_s_output_stays_with_its_prompt(text, first, lines):
    listing = next(b for b in _blocks(text) if b.startswith(first))
    assert len(listing.split("\n")) == lines
    assert not any(b.startswith(("total", "Mode", "Filesystem", "d-----")) for b in _blocks(text))


@pytest.mark.parametrize("text, prose", [
    ("Ticket prices\n\nThe museum sets its prices for the new season as follows.\n\n$ 5.00\nAdults\nChildren free\n\n"
     "The price of a coffee is $5 and a cake costs $4 in the cafe.\n", ["$ 5.00", "Adults"]),
    ("Reply to the committee\n\nThe chair wrote back on Monday.\n\n> Thanks for the note about the budget\n"
     "> We will meet again in May\nBest regards\n\nThe meeting was then set for May.\n",
     ["> Thanks for the note about the budget"]),
])
def test_a_price_or_a_quote_stays_prose(text, prose):
    blocks = _blocks(text)
    for line in prose:
        assert line in blocks


def test_output_stops_at_a_blank_line():
    """A README's ``$ gdb`` session closed by its fence, then a blank line, a Markdown heading and prose: the prose and
    the heading are no output of the command (review of misc57 on Debian's and npm's READMEs, where they had been
    swallowed into the listing)."""
    text = ("Debugging\n\nRun it under the debugger:\n\n```console\n$ gdb /opt/node-debug/node core.node.8\n"
            "(gdb) backtrace\n```\n\n#### Building an ASan build\n\n[ASan](https://example.org/asan) can help detect "
            "various memory\nrelated bugs. ASan builds are currently only supported on linux.\n")
    blocks = _blocks(text)
    assert any(b.startswith("$ gdb") and "(gdb) backtrace" in b for b in blocks), blocks
    assert not any("ASan" in b and "gdb" in b for b in blocks), blocks
