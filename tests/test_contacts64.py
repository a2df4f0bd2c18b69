"""A contact line is read in one place (:mod:`pipeline.segment.contacts`, session 64, a review's item: one place for
each fact): its label and value, whether the value is a means of contact, the pieces of a contact set on one line.
The four decisions on it (a means of contact, a labelled one, a contact block on one line, a line ending on one) are
taken on that reading, and the modules that ask them hold no copy of its shapes. Behaviour is unchanged: the
decisions' answers are the ones their doctests and the earlier tests pin."""

from __future__ import annotations

import ast
import inspect

import pytest

from pipeline.segment import labels, organisations, paragraphs, sections


def test_the_contact_shapes_live_in_one_module() -> None:
    from pipeline.segment import contacts

    copies = {"_CONTACT_FIELDS", "_CONTACT_BRACKETED", "_PHONE", "_EMAIL", "_BRACKETED_NOTE", "_CONTACT_PIECES",
              "_LAST_PIECE", "_CONTACT_VALUE_LABEL", "_EXTENSION"}
    for module in (labels, sections, paragraphs, organisations):
        assert not copies & set(vars(module)), module.__name__
    assert sections.one_line_contact is contacts.one_line_contact and paragraphs.ends_on_contact is contacts.ends_on_contact
    assert sections.contact_line is contacts.contact_line and paragraphs.labelled_contact is contacts.labelled_contact


@pytest.mark.parametrize("line, label, value, parted", [
    ("TEL　03-1234-5678", "TEL", "03-1234-5678", "ideographic"),
    ("E-mail: info@example.org", "E-mail", "info@example.org", "colon"),
    ("Tel 01632 960123", "Tel", "01632 960123", "space"),
    ("【問合せ】さくら台地区まちづくり協議会事務局", "問合せ", "さくら台地区まちづくり協議会事務局", "brackets"),
])
def test_a_contact_lines_label_and_value_are_read_once(line, label, value, parted) -> None:
    from pipeline.segment.contacts import contact_field, contact_line, labelled_contact

    field = contact_field(line)
    assert (field.label, field.value, field.parted) == (label, value, parted)
    assert field.gives_means == (parted != "brackets")  # a bracketed heading's value is its office, no means
    assert labelled_contact(line) and contact_line(line) == (parted != "brackets")


@pytest.mark.parametrize("line", ["問い合わせ　健康づくり課　本庁舎 3階　電話 0123-45-6789",
                                  "お問い合わせ　市民課  TEL：098-765-4321", "担当　環境保全課　E-mail: kankyo@example.jp"])
def test_a_one_line_contact_ends_on_its_means_of_contact(line) -> None:
    from pipeline.segment.contacts import contact_line, contact_pieces, ends_on_contact, one_line_contact

    assert one_line_contact(line) and ends_on_contact(line) and contact_line(contact_pieces(line)[-1])


@pytest.mark.parametrize("line", ["問い合わせ\u3000総務課\u3000電話072−615−0111", "（担当）総務課\u3000内線215"])
def test_a_number_glued_to_its_label_counts_under_a_heading_only(line) -> None:
    """A one-line contact's piece may glue its label to its number or give an extension; a line's last piece read
    alone may not (``ends_on_contact`` asks no heading: the difference is each caller's, kept as it was)."""
    from pipeline.segment.contacts import ends_on_contact, one_line_contact

    assert one_line_contact(line) and not ends_on_contact(line)


def _code_strings(module) -> list[str]:
    """The string constants of ``module``'s code, docstrings left out."""
    tree = ast.parse(inspect.getsource(module))
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_the_abstracts_japanese_names_and_a_spaced_label_are_written_once() -> None:
    """``要旨``, ``概要``, ``梗概`` name a section, an abstract's heading and a kind's abstract (``博士論文要旨``): one
    literal each; a label spaced out letter by letter is built by one function for a record's and a notice's field."""
    from pipeline.segment import events

    strings = _code_strings(labels) + _code_strings(events)
    assert [w for w in ("要旨", "概要", "梗概", "抄録") if strings.count(w) != 1] == []
    assert not [s for s in strings if "要旨|概要" in s]  # no list of them spelt again inside a pattern
    assert not [s for s in _code_strings(labels) if "\\u3000){1,4}" in s or "(?:[ \\u3000]+\" + _CJK" in s]
    assert labels.SPACED_LABEL.match("定\u3000員\u3000\u3000200名").group("label") == "定\u3000員"
    assert labels.form_field("日\u3000時：令和7年5月1日") == "日時"
