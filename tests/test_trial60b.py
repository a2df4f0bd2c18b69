"""Faults of fresh-user trial 60b: a newsletter's masthead phone number with a note in brackets (``電話 0265-55-1111
（代表）``) keeps its space and heads no section (it had been a level-1 heading over every article, its space closed up);
a report's ``Prepared for: …`` line is a client line, never the title (issue 16)."""

from __future__ import annotations

import pytest

from pipeline.segment.organisations import is_client_line
from reliability import accounting

NEWSLETTER = ("広報 みずなみ\n2026年12月号　No.583\n発行：水波町役場 総務課　〒399-0123長野県水波郡水波町中央1-1\n{phone}\n\n"
              "●年末年始の窓口業務について\n12月29日から1月3日まで、役場の窓口業務を休みます。\n問い合わせ　総務課　内線201\n\n"
              "●成人式のご案内\n1月11日に町民会館で成人式を行います。対象者には案内状を送ります。\n")


@pytest.mark.parametrize("phone", ["電話 0265-55-1111（代表）", "TEL 0265-55-1111 (代表)", "電話 0265-55-1111"])
def test_a_mastheads_phone_with_a_note_heads_no_section(tmp_path, phone):
    path = tmp_path / "koho.txt"
    path.write_text(NEWSLETTER.format(phone=phone), encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert not problems, problems
    (talk,) = talks
    assert [(s["level"], s["title"]) for s in talk["paper"]["sections"]] == [
        (1, "年末年始の窓口業務について"), (1, "成人式のご案内")], talk["paper"]["sections"]
    assert phone in [t["text"] for t in talk["paper"]["front"]]  # its space kept
    assert talk["city"]["ja"] == "水波町"


@pytest.mark.parametrize("line, client", [("Prepared for: East Riding Coastal Partnership", True),
                                          ("Prepared for East Riding Coastal Partnership", True),
                                          ("Prepared by: Aldgate Water Consultants Ltd", False)])
def test_a_client_line_may_take_a_colon(line, client):
    assert is_client_line(line) is client


@pytest.mark.parametrize("text, abstains", [
    ("株式会社ひばり食品（本社：宮城県大崎市、代表取締役：佐々\ufffd 健一）は、新商品を発売します。", True),
    ("株式会社ひばり食品（代表取締役：佐々木 健\ufffd）は、新商品を発売します。", True),
    ("当日は会長：\ufffd田 一郎が挨拶した。", True),
    ("委員長：それで\ufffdは開会します。", False),  # speech after a post's colon opens on kana: no name
])
def test_a_name_a_job_title_and_colon_introduce_is_never_filled(text, abstains):
    # fresh-user trial 60b: ``代表取締役：佐々\ufffd 健一`` had been offered 木, の, は in a release's first sentence
    from pipeline.restore import restore_text

    (repair,) = restore_text(text)["repairs"]
    named = any(e["kind"] == "abstention" and "job title" in e["detail"] for e in repair["evidence"])
    assert named is abstains, repair
    if abstains:
        assert repair["status"] == "unresolved" and not repair["candidates"], repair
