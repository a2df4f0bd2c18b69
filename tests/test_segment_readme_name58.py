"""A README titled by its project's name in small letters (``# tinysync``): the name is the title and the headings
under it are the sections, the numbered steps their text (fresh-user trial 58: no title, the install steps had been
sections 1-3 and the rest of the README section 3's text). A shell comment's ``# build`` stays no title."""

from tests.segment_inputs import run_text

README = """# tinysync

A small tool that mirrors two folders.

## Installation

1. Install Python 3.11.
2. Run `pip install tinysync`.
3. Check with `tinysync --version`.

## Usage

Run `tinysync SRC DST` to mirror SRC into DST.

## License

MIT.
"""


def _talk(text):
    (talk,) = run_text(text).talks
    return talk


def test_a_project_name_in_small_letters_under_its_mark_is_the_title():
    talk = _talk(README)
    assert talk.title.en.text == "tinysync"
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, "Installation"), (None, "Usage"), (None, "License")]
    assert "Install Python 3.11." in " ".join(p.text for p in talk.sections[0].paragraphs)


def test_other_names_and_a_comment_line():
    assert _talk(README.replace("tinysync", "ripgrep")).title.en.text == "ripgrep"
    # a common word under the mark is a shell comment's, a phrase too: no title
    assert _talk("# build\nmake\n\n# test\nmake test\n").title.en is None
    assert _talk("# install the tools first\nmake all\n# then test\nmake test\n").title.en is None
