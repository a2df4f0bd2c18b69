"""A person's or a firm's name told by the position it stands in, whatever the fills (helper names82, issue 19:
names are never guessed; fresh-user trials 81b and 81c). Each reader gives ``(name as written, the cue)`` where the
lost glyphs ``text[start:end]`` stand in the name, else ``None``; :meth:`pipeline.restore.Restorer.decide_run` holds
the gap with no fill and no candidate, the evidence naming the cue.

- :func:`labelled_name`: the value of a field whose label names a person (``患者様氏名：\ufffd本 \ufffd夫 様``, ``お名前：``,
  ``Name:``) or a picture book's credit (``え　　たかはし \ufffdう\ufffd``);
- :func:`name_before_suffix`: a name set off by a space before its honorific (``\ufffd本 \ufffd夫 様``, ``山田 \ufffd子さん``);
- :func:`introduced_name`: a self-introduction (``担当になりました \ufffd井 \ufffd斗 です``) or a person introduced by という
  (``ジョ\ufffdナという若い女性``);
- :func:`name_reading`: a name's reading in brackets after it (``岡田 健（おかだ \ufffdけし）``);
- :func:`mail_local_name`: an e-mail address's local part (``m.nishi\ufffdawa@…``);
- :func:`firm_name`: a firm's own name beside its legal form or its trade (``株式会社山\ufffd建設``, ``\ufffd\ufffd工業株式会社``);
- helper name83 (fresh-user trial 82b): :func:`credited_name` (a job's or a credit's label, a byline: ``担当デスク：\ufffd本``,
  ``文・\ufffd山 \ufffd子（科学ライター）``, ``Photo: K. \ufffdyamba``), :func:`name_under_label` (``氏名`` over ``山\ufffd 太郎``),
  :func:`wrapped_introduction` (a self-introduction's name wrapped over two lines), :func:`kana_given_in_prose`
  (``二組の\ufffd\ufffd ひなたさんが``), :func:`kanji_introduced_name` (``\ufffd子という娘``), :func:`story_name` (``\ufffd兵衞``,
  ``女房のお\ufffd\ufffd``, ``倅の\ufffd七``), :func:`firm_in_prose` (``山\ufffd建設が施工``: no legal form).

None reads a lost glyph in the label, the honorific, the legal form or the trade's word itself (``株式会\ufffd``,
``みどり電\ufffd``: the trade's word 電気, 電設 … may be restored), nor a word no name is (``お客様``, ``皆様``:
``市\ufffdの皆様`` keeps its candidates).
"""

from __future__ import annotations

import re

from pipeline import lazyre
from pipeline.chardata import HIRAGANA, KANJI, KATAKANA
from pipeline.model import GAP

_NAME_LETTERS = f"{KANJI}{KATAKANA}々ヶー{GAP}"
"""Letters of a Japanese name's part (hiragana aside: a given name's, or a picture book's name, read apart)."""
_KANA = f"{HIRAGANA}{KATAKANA}ー{GAP}"

NAME_SUFFIXES = ("ちゃん", "さん", "くん", "先生", "様", "さま", "氏", "殿", "君")
"""A person's suffixes: an honorific or a familiar one after a name (issue 19's list)."""
_SUFFIX = "|".join(sorted(map(re.escape, NAME_SUFFIXES), key=len, reverse=True))

NOT_NAMES = ("皆", "みな", "みんな", "客", "お客", "お客さん", "皆さん", "お子", "子", "奥", "お父", "お母", "神", "仏",
             "王", "王子", "姫", "お嬢", "坊", "坊っ", "兄", "姉", "弟", "妹", "患者", "利用者", "保護者", "来場者",
             "参加者", "会員", "各位", "関係者", "お疲れ", "ご苦労", "ご馳走", "お世話", "おかげ", "お陰", "ご用", "お互い")
"""Words before a suffix that name no person (``お客様``, ``皆様``, ``お子さん``, ``保護者様``, ``お疲れ様``): a run so
written whole is no name's part."""

# -- a label --------------------------------------------------------------------------------------------------------

_NAME_LABEL = lazyre.compile(
    f"(?:^|(?<=[\\s(（【■□◆◇●○・]))((?:[^\\s:：()（）【】A-Za-z]{{0,6}}?(?:氏[ \u3000]?名|お名前|名前)"
    f"(?:[（(](?:ふりがな|フリガナ|よみがな|漢字)[）)])?)|(?:(?:Full|Patient'?s?|Applicant'?s?|Student'?s?) )?[Nn]ame)"
    f"[ \u3000]*[:：][ \u3000]*")
"""A field's label that names a person, before its colon: ``氏名``, ``名前``, ``お名前`` alone or closing a compound
label (``患者様氏名``, ``保護者氏名``, ``申込者お名前``; a field's ``学校名``, ``会社名`` is no person's), English ``Name``,
``Full name``, ``Patient name``."""
CREDIT_WORDS = ("さく・え", "さく", "え", "ぶん", "ぶん・え", "文", "絵", "作", "作・絵", "文・絵", "画", "訳", "やく", "写真",
                "イラスト", "作画", "原作", "脚本", "監修")
"""A picture book's or a story's credit, alone before its person's name at the line's start, a space after it
(``さく　森川 ひろこ``, ``え　　たかはし ゆうと``)."""
_CREDIT_LINE = lazyre.compile(
    "^[ \u3000]*(" + "|".join(sorted(map(re.escape, CREDIT_WORDS), key=len, reverse=True)) + ")(?:[ \u3000]+|[ \u3000]*[:：][ \u3000]*)"
    f"([{_NAME_LETTERS}{HIRAGANA}]{{1,6}}(?:[ \u3000][{_NAME_LETTERS}{HIRAGANA}]{{1,6}})?)[ \u3000]*$")
"""A credit's line: the credit's word, a space or a colon, then a name of one or two parts closing the line."""
_LABELLED_VALUE = lazyre.compile(
    f"([{_NAME_LETTERS}{HIRAGANA}]{{1,6}}(?:[ \u3000][{_NAME_LETTERS}{HIRAGANA}]{{1,6}})?)"
    f"(?=[ \u3000]*(?:(?:{_SUFFIX})(?![{KANJI}]))?[ \u3000]*(?:$|[（(、,，。\t]|[ \u3000]{{2}}))")
"""A Japanese name after a label: one or two parts (a space between), its honorific after it at most, then the
line's end, brackets, a comma or a wide space."""
_LATIN_VALUE = lazyre.compile(
    f"((?:[A-Z{GAP}][A-Za-z\u00c0-\u024f{GAP}'’\\-]*)(?:[ \u00a0]+(?:[A-Z{GAP}][A-Za-z\u00c0-\u024f{GAP}'’\\-]*|[A-Z]\\.)){{0,3}})"
    "(?=[ \u00a0]*(?:$|[,(;\t]|[ \u00a0]{2}))")
"""A Latin name after its label: capitalised words (a lost capital too), closing at the line's end, a comma,
brackets or a wide space."""


def _line(text: str, start: int) -> tuple[str, int]:
    """The line of ``text`` holding ``start`` and the offset of ``start`` in it."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return text[a: len(text) if b < 0 else b], start - a


_NOT_A_NAME_PART = lazyre.compile(f"(?:[者員]|[一二三四五六七八九十何数0-9０-９{GAP}]人)$")
"""How a part ends that names a kind of person or a count, no person (``担当者``, ``会員``, ``一人``)."""
_SPREAD = lazyre.compile("(?:^|[ \u3000])[^ \u3000][ \u3000]+$")
"""A line's letters spread apart before the name's place (``参 加 費　``): a heading's, no name's."""


def _common(part: str) -> bool:
    """``part`` is a word no name is (:data:`NOT_NAMES`, written whole), or ends as a kind of person or a count does
    (:data:`_NOT_A_NAME_PART`, its last letter kept: ``ご担\ufffd者``, ``\ufffd一人``)."""
    return (GAP not in part and part in NOT_NAMES) or (part[-1:] != GAP and _NOT_A_NAME_PART.search(part) is not None)


def labelled_name(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``(name, label)`` where the lost glyphs ``text[start:end]`` stand in the name after a label that names a
    person (:data:`_NAME_LABEL`: ``患者様氏名：\ufffd本 \ufffd夫 様（72歳）``) or after a credit alone at its line's start
    (:data:`_CREDIT_LINE`: ``え　　たかはし \ufffdう\ufffd``); else ``None``.

    >>> s = "患者様氏名：\ufffd本 \ufffd夫 様（72歳）"; labelled_name(s, 6, 7)
    ('\ufffd本 \ufffd夫', '患者様氏名')
    >>> labelled_name("え　　たかはし \ufffdう\ufffd", 8, 9)
    ('たかはし \ufffdう\ufffd', 'え')
    >>> labelled_name("学校名：\ufffd中学校", 4, 5) is None, labelled_name("Name: Lo\ufffd Lan", 8, 9)
    (True, ('Lo\ufffd Lan', 'Name'))
    """
    line, at = _line(text, start)
    n = end - start
    if (m := _CREDIT_LINE.match(line)) is not None and m.start(2) <= at < m.end(2):
        parts = re.split("[ \u3000]", m.group(2))
        if not any(_common(p) for p in parts) and m.group(2).count(GAP) < len(m.group(2)):
            return m.group(2), m.group(1)
    for lab in _NAME_LABEL.finditer(line):
        if lab.end() > at:
            break
        value = _LATIN_VALUE if re.match("[A-Za-z]", lab.group(1)[-4:]) else _LABELLED_VALUE
        v = value.match(line, lab.end())
        if v is None or not v.start(1) <= at < v.end(1) or v.group(1).count(GAP) < n:
            continue
        parts = re.split("[ \u3000\u00a0]", v.group(1))
        if any(_common(p) for p in parts):
            continue
        return v.group(1), lab.group(1).strip()
    return None


# -- a suffix -------------------------------------------------------------------------------------------------------

_SPACED_BEFORE_SUFFIX = lazyre.compile(
    f"(?:^|(?<=[\\s、，,。：:（(「『【・]))"
    f"((?P<a>[{_NAME_LETTERS}]{{1,4}})(?:[ \u3000](?P<b>[{_NAME_LETTERS}]{{1,4}}|[{HIRAGANA}{GAP}]{{1,4}}))?)"
    f"(?P<sp>[ \u3000]?)(?:{_SUFFIX})(?![{HIRAGANA}]{{0,1}}[{KANJI}])")
"""A name of one or two parts (a space between; the given name's part may be hiragana) before a person's suffix,
opening at the line's start, a space, a comma, a colon or a bracket (no clause runs into it)."""


_SPACED_BEFORE_POST = lazyre.compile(
    f"(?:^|(?<=[ \u3000\t]))((?P<a>[{_NAME_LETTERS}]{{1,4}})(?:[ \u3000](?P<b>[{_NAME_LETTERS}]{{1,4}}|[{HIRAGANA}{GAP}]{{1,4}}))?)"
    f"[ \u3000](?P<post>[{KANJI}]{{2,4}})(?=[ \u3000]*(?:$|[（(、，,。\t]))")
"""A name, a space and a post written as a title after it, closing the line (``クリニック　\ufffd々木 医師``)."""
INSTITUTION_ENDS = ("クリニック", "医院", "病院", "診療所", "事務所", "大学", "会社", "薬局", "学校", "センター", "協会",
                    "研究所", "法人", "組合", "役所", "役場")
"""How the institution's name ends that a credit names before its member's name and post (``みなと台内科クリニック　
\ufffd々木 医師``)."""


def _office_part(part: str) -> bool:
    """``part`` (written whole) names an office, a post or a label, no person (``市民課``, ``総務部``, ``担当``, ``課長``)."""
    from pipeline.names import JOB_TITLE_RE

    return GAP not in part and (part[-1] in "課係室局部署科" or part in ("担当", "担当者", "係") or
                                JOB_TITLE_RE.fullmatch(part) is not None)


def _name_before_post(line: str, at: int, n: int) -> str | None:
    """The name (gap shown) where the lost glyphs at ``line[at]`` stand in a name set off by spaces before a post
    written as its title (:data:`_SPACED_BEFORE_POST`, the post a job title's, :data:`pipeline.names.JOB_TITLE_RE`):
    a surname and a given name, or a surname alone after an institution's name and a wide space
    (:data:`INSTITUTION_ENDS`, segment's :func:`~pipeline.segment.organisations.is_organisation`)."""
    from pipeline.names import JOB_TITLE_RE
    from pipeline.segment.organisations import is_organisation

    for m in _SPACED_BEFORE_POST.finditer(line):
        if not m.start(1) <= at < m.end(1) or m.group(1).count(GAP) < n or not JOB_TITLE_RE.fullmatch(m.group("post")):
            continue
        if m.group("b") is not None and _office_part(m.group("a")):
            # an office or a label before the name (``市民課 \ufffd田 係長``, ``担当　\ufffd藤 課長``): the name is the part after
            return m.group("b") if at >= m.start("b") else None
        parts = [p for p in (m.group("a"), m.group("b")) if p]
        if any(_common(p) for p in parts) or all(set(p) == {GAP} for p in parts):
            return None
        if m.group("b") is None:
            head = line[: m.start(1)].rstrip(" \u3000\t")
            token = re.split("[ \u3000\t]", head)[-1] if head else ""
            if not line[: m.start(1)].endswith(("\u3000", "  ", "\t")) or not token \
                    or not (token.endswith(INSTITUTION_ENDS) or is_organisation(token)):
                return None
        return m.group(1)
    return None


def name_before_suffix(text: str, start: int, end: int) -> str | None:
    """The name (gap shown) where the lost glyphs ``text[start:end]`` stand anywhere in a name set off by spaces
    before its suffix (:data:`_SPACED_BEFORE_SUFFIX`: ``\ufffd本 \ufffd夫 様``, ``森 \ufffd子さん``, ``\ufffd田 様``): two parts
    parted by a space, or one part a space before the suffix; or before a post written as its title
    (:func:`_name_before_post`: ``クリニック　\ufffd々木 医師``); no part a word no name is (:data:`NOT_NAMES`: ``皆様``,
    ``お客様``). A name glued to its suffix is the honorific rules' (:func:`.abstention.before_honorific`,
    :func:`.abstention.kana_before_honorific`, which may offer お子様's kana). Else ``None``.

    >>> name_before_suffix("\ufffd本 \ufffd夫 様（72歳）", 0, 1), name_before_suffix("森 \ufffd子さん", 2, 3)
    ('\ufffd本 \ufffd夫', '森 \ufffd子')
    >>> name_before_suffix("市\ufffdの皆様", 1, 2), name_before_suffix("お\ufffd様", 1, 2)
    (None, None)
    >>> name_before_suffix("処方医：みなと台内科クリニック　\ufffd々木 医師", 16, 17)
    '\ufffd々木'
    >>> name_before_suffix("診療科：小児\ufffd 医師", 6, 7) is None
    True
    >>> name_before_suffix("５　参 加 費　\ufffd一人様", 8, 9), name_before_suffix("人事部 ご担\ufffd者 様", 6, 7)
    (None, None)
    """
    line, at = _line(text, start)
    n = end - start
    if (name := _name_before_post(line, at, n)) is not None:
        return name
    for m in _SPACED_BEFORE_SUFFIX.finditer(line):
        if not m.start(1) <= at < m.end(1) or m.group(1).count(GAP) < n:
            continue
        if _SPREAD.search(line[: m.start(1)]) is not None and len(m.group("a")) == 1:
            return None  # letters spread apart (``参 加 費　\ufffd一人様``): a label's, its value no name
        if m.group("b") is not None and _office_part(m.group("a")):
            return m.group("b") if at >= m.start("b") and m.group("sp") and not _common(m.group("b")) else None
        if m.group("b") is None and not m.group("sp"):
            return None  # glued to its suffix: the honorific rules'
        if any(_common(p) for p in (m.group("a"), m.group("b")) if p):
            return None
        if m.group(1).count(GAP) == len(m.group(1).replace(" ", "").replace("\u3000", "")):
            return None  # nothing of the name kept: the shape alone is a heading's letters spread apart as well
        return m.group(1)
    for m in _KANA_BEFORE_FAMILIAR.finditer(line):
        if m.start(1) <= at < m.end(1) and m.group(1).count(GAP) >= n and m.group(1).strip(GAP) \
                and not _common(m.group(1)):
            return m.group(1)
    return None


_KANA_BEFORE_FAMILIAR = lazyre.compile(
    f"(?:^|(?<=[\\s、，,。：:（(「『【・]))([{HIRAGANA}{GAP}]{{1,6}}(?:[ \u3000][{HIRAGANA}{GAP}]{{1,5}})?)[ \u3000]+"
    f"(?:くん|ちゃん|さん)(?![{HIRAGANA}])")
"""A child's name in hiragana, one part or two, set off by a space before a familiar suffix (``いしかわ　そう\ufffd　くん``,
``\ufffdとう　はるな　ちゃん``: fresh-user
trial 82a's nursery newsletter, whose lost glyph had been offered と, び): the space sets it apart as a name, as
:data:`_SPACED_BEFORE_SUFFIX` reads a kanji one."""


# -- an introduction ------------------------------------------------------------------------------------------------

_SELF_INTRODUCED = lazyre.compile(
    f"(?:^|(?<=[\\s、，,。：:「『]))((?P<a>[{_NAME_LETTERS}]{{1,4}})[ \u3000](?P<b>[{_NAME_LETTERS}{HIRAGANA}]{{1,4}}))"
    "[ \u3000]?(?:です|と申します|ともうします|といいます|と言います|でございます)")
"""A self-introduction: a surname and a given name parted by a space before です or と申します (``担当になりました
\ufffd井 \ufffd斗 です``)."""
_I_AM = lazyre.compile(
    f"(?:私|わたし|わたくし|僕|ぼく)(?:は|、)[ \u3000]?([{_NAME_LETTERS}]{{1,6}})[ \u3000]?(?:と申します|ともうします|といいます)")
"""A self-introduction after 私は with と申します (``私は\ufffd藤と申します``); not です, which a common noun takes as
often (``私は学生です``)."""
PERSON_NOUNS = ("女性", "男性", "女の子", "男の子", "少女", "少年", "青年", "老人", "女", "男", "人", "方", "子",
                "おばあさん", "おじいさん", "お婆さん", "お爺さん", "婦人", "紳士", "若者", "学生", "娘", "息子", "友人",
                "歌手", "歌い手", "画家", "作家", "職人", "医師", "神父", "船長", "主人", "女主人", "店主", "選手", "猫", "犬")
_PERSON = "|".join(sorted(map(re.escape, PERSON_NOUNS), key=len, reverse=True))
"""Nouns of a person (and a pet, named as one) that という introduces by name: ``ジョアナという若い女性``."""
_TO_IU = lazyre.compile(f"([{KATAKANA}ー{GAP}]{{2,10}})(?:という|っていう|と言う|と名乗る)")
"""A katakana name before という."""


def introduced_name(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``(name, cue)`` where the lost glyphs ``text[start:end]`` stand in a name a self-introduction gives (a surname
    and a given name parted by a space before です or と申します, :data:`_SELF_INTRODUCED`; a name after 私は before
    と申します, :data:`_I_AM`) or a katakana name before という that a person's noun follows within a clause
    (:data:`PERSON_NOUNS`: ``ジョ\ufffdナという若い女性``; ``スマ\ufffdという機械`` names a thing); else ``None``.

    >>> introduced_name("園芸担当になりました \ufffd井 \ufffd斗 です。", 11, 12)
    ('\ufffd井 \ufffd斗', 'です')
    >>> introduced_name("歌い手はジョ\ufffdナという若い女性で、", 6, 7)
    ('ジョ\ufffdナ', 'という')
    >>> introduced_name("これはスマ\ufffdという機械です。", 5, 6) is None
    True
    >>> introduced_name("私は\ufffd藤と申します。", 2, 3), introduced_name("私は\ufffd生です。", 2, 3)
    (('\ufffd藤', '私は … と申します'), None)
    """
    line, at = _line(text, start)
    n = end - start
    for m in _SELF_INTRODUCED.finditer(line):
        if m.start(1) <= at < m.end(1) and m.group(1).count(GAP) >= n and not any(
                _common(p) for p in (m.group("a"), m.group("b"))) \
                and m.group(1).count(GAP) < len(m.group(1)) - 1:
            return m.group(1), line[m.end(1): m.end()].strip(" \u3000")
    for m in _I_AM.finditer(line):
        if m.start(1) <= at < m.end(1) and m.group(1).count(GAP) >= n and m.group(1).count(GAP) < len(m.group(1)):
            return m.group(1), "私は … と申します"
    for m in _TO_IU.finditer(line):
        if not m.start(1) <= at < m.end(1) or m.group(1).count(GAP) < n or m.group(1).count(GAP) * 2 > len(m.group(1)):
            continue
        after = line[m.end(): m.end() + 12]
        clause = re.split("[、。，,．！？!?\\s]", after)[0]
        # a person's noun the clause's few modifiers lead to, a particle or the clause's end after it (``若い女性で``,
        # ``男が``; ``人気商品`` is no person)
        if re.match(f"^.{{0,6}}?(?:{_PERSON})(?=[{HIRAGANA}]|$)", clause):
            return m.group(1), "という"
    return None


# -- a reading ------------------------------------------------------------------------------------------------------

_READING_AFTER_NAME = lazyre.compile(
    f"([{_NAME_LETTERS}]{{1,4}}[ \u3000][{_NAME_LETTERS}{HIRAGANA}]{{1,4}})[ \u3000]?[（(]"
    f"([{_KANA}]{{1,8}}[ \u3000][{_KANA}]{{1,8}})[）)]")
"""A name of a surname and a given name parted by a space, and its reading in brackets parted as it is (``岡田 健
（おかだ たけし）``)."""


def name_reading(text: str, start: int, end: int) -> str | None:
    """The reading (gap shown) where the lost glyphs ``text[start:end]`` stand in the kana reading in brackets of the
    name before it (:data:`_READING_AFTER_NAME`: ``\ufffd田 健（おかだ \ufffdけし）``): a name's reading is the name,
    spelt. Else ``None``.

    >>> name_reading("\ufffd田 健（おかだ \ufffdけし）", 9, 10)
    'おかだ \ufffdけし'
    """
    line, at = _line(text, start)
    for m in _READING_AFTER_NAME.finditer(line):
        if m.start(2) <= at < m.end(2) and m.group(2).count(GAP) < len(m.group(2)) - 1:
            return m.group(2)
    return None


# -- an e-mail address ----------------------------------------------------------------------------------------------

_MAIL = lazyre.compile(f"([A-Za-z0-9{GAP}][A-Za-z0-9._%+\\-{GAP}]*)@[A-Za-z0-9{GAP}\\-]+(?:\\.[A-Za-z0-9{GAP}\\-]+)+")
"""An e-mail address, its local part in group 1."""
ROLE_MAILBOXES = ("info", "contact", "support", "sales", "office", "admin", "webmaster", "mail", "press", "help",
                  "service", "enquiries", "enquiry", "inquiry", "inquiries", "noreply", "no-reply", "postmaster",
                  "secretariat", "jimukyoku", "soumu", "kouhou", "koho", "order", "orders", "booking", "bookings",
                  "news", "newsletter", "events", "membership", "reception", "hr", "recruit", "saiyo", "customer")
"""Local parts of a role's mailbox, no person's (``info@``, ``kouhou@``): a lost letter there is the word's."""


def mail_local_name(text: str, start: int, end: int) -> str | None:
    """The local part (gap shown) where the lost glyphs ``text[start:end]`` stand in an e-mail address's local part
    (:data:`_MAIL`: ``m.nishi\ufffdawa@minato-shoji.co.jp``): a person's name or initials as often as not, which no
    text predicts; not a role's mailbox (:data:`ROLE_MAILBOXES`, for any letter in the gap: ``in\ufffdo@``). Else
    ``None``.

    >>> mail_local_name("From: <m.nishi\ufffdawa@minato-shoji.co.jp>", 14, 15)
    'm.nishi\ufffdawa'
    >>> mail_local_name("in\ufffdo@example.org", 2, 3), mail_local_name("m.nishikawa@mi\ufffdato.co.jp", 14, 15)
    (None, None)
    """
    line, at = _line(text, start)
    for m in _MAIL.finditer(line):
        if not m.start(1) <= at < m.end(1):
            continue
        local = m.group(1)
        if local.count(GAP) == len(local):
            return None
        role = re.compile(re.escape(local).replace(re.escape(GAP), "[a-z]").replace("\\" + GAP, "[a-z]"), re.I)
        if any(role.fullmatch(r) for r in ROLE_MAILBOXES):
            return None
        return local
    return None


# -- a firm ---------------------------------------------------------------------------------------------------------

LEGAL_FORMS = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "（株）", "(株)", "㈱", "（有）", "(有)", "㈲",
               "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "社会福祉法人", "医療法人", "学校法人",
               "特定非営利活動法人", "NPO法人")
"""A firm's or a body's legal form, written before or after its own name."""
TRADE_WORDS = ("工務店", "製作所", "鉄工所", "工業所", "不動産", "自動車", "建設", "工業", "商店", "商事", "商会", "産業",
               "興業", "興産", "電気", "電設", "電機", "電工", "設備", "造園", "運輸", "運送", "物産", "開発", "土木",
               "技研", "塗装", "舗道", "建築", "建材", "食品", "印刷", "工芸", "精工", "精機", "製薬", "化学", "水道",
               "測量", "設計", "住宅", "企画", "通信", "交通", "観光", "工房", "農園", "石油", "工機", "機械", "組",
               "ホーム", "サービス", "システム", "コンサルタント", "エンジニアリング")
"""The trade a Japanese firm's name closes on (``山田建設``, ``みどり電気``, ``東和造園``): the firm's kind, no part of
its own name; a lost glyph there (``みどり電\ufffd``) is the trade word's, which may be restored."""
_FIRM_RUN = f"[{KANJI}{KATAKANA}{HIRAGANA}ー々ヶA-Za-zＡ-Ｚａ-ｚ{GAP}]"
_LEGAL = "|".join(sorted(map(re.escape, LEGAL_FORMS), key=len, reverse=True))
_FIRM_AFTER_FORM = lazyre.compile(f"(?:{_LEGAL})[ \u3000]?({_FIRM_RUN}{{1,12}})")
_FIRM_BEFORE_FORM = lazyre.compile(f"({_FIRM_RUN}{{1,12}})[ \u3000]?(?:{_LEGAL})")
_PARTICLE_STOP = lazyre.compile(f"(?<=[{KANJI}{KATAKANA}ー{GAP}])[のがはをにでとへもや]")
"""A particle closing the firm's name in prose (``株式会社山田建設が施工した``)."""


def _trade_at(run: str, k: int) -> str | None:
    """The trade word (:data:`TRADE_WORDS`, a lost glyph as any letter) written at ``run[k:]``'s start, else None."""
    for w in TRADE_WORDS:
        piece = run[k: k + len(w)]
        if len(piece) == len(w) and all(a == b or a == GAP for a, b in zip(piece, w)) and piece.count(GAP) < len(w):
            return w
    return None


def _own_name(run: str, opens: bool) -> tuple[int, int]:
    """The span of the firm's own name in ``run``: before its first trade word (a legal form before the run,
    ``opens``), or before the trade word closing it (a legal form after it)."""
    if opens:
        if re.match(f"[のがはをにでとへもや][{KANJI}{GAP}]", run):
            return 0, 0  # the legal form's word in prose (``株式会社の経営``): no firm named after it
        stop = _PARTICLE_STOP.search(run)
        run = run[: stop.start()] if stop is not None else run
        for k in range(1, len(run)):
            if _trade_at(run, k) is not None:
                return 0, k
        return 0, len(run)
    cut = re.search(f"[のがはをにでとへもや](?=[^{HIRAGANA}]*$)", run)
    a = cut.end() if cut is not None and cut.start() > 0 and run[cut.start() - 1] not in HIRAGANA else 0
    for k in range(a + 1, len(run)):
        w = _trade_at(run, k)
        if w is not None and k + len(w) == len(run):
            return a, k
    return a, len(run)


def firm_name(text: str, start: int, end: int) -> str | None:
    """The firm's name (gap shown) where the lost glyphs ``text[start:end]`` stand in a firm's own name beside its
    legal form (:data:`LEGAL_FORMS`): after it (``株式会社山\ufffd建設``) or before it (``\ufffd\ufffd工業株式会社``), its
    trade word (:data:`TRADE_WORDS`) and the legal form aside, whose own lost glyphs may be restored
    (``有限会社みどり電\ufffd``: 電気). A firm's name is a proper name, which nothing in a text predicts. Else ``None``.

    >>> firm_name("株式会社山\ufffd建設", 5, 6), firm_name("\ufffd\ufffd工業株式会社", 0, 2)
    ('山\ufffd建設', '\ufffd\ufffd工業')
    >>> firm_name("有限会社みどり電\ufffd", 8, 9), firm_name("株式会社山田建\ufffd", 7, 8)
    (None, None)
    """
    line, at = _line(text, start)
    for pattern, opens in ((_FIRM_AFTER_FORM, True), (_FIRM_BEFORE_FORM, False)):
        for m in pattern.finditer(line):
            run = m.group(1)
            a, b = _own_name(run, opens)
            if not m.start(1) + a <= at < m.start(1) + b:
                continue
            own = run[a:b]
            if own.count(GAP) == len(own) and b == len(run) and len(own) > 4:
                continue  # nothing kept and no trade word: no firm's name to read
            return own + (_trade_at(run, b) or "")
    return None


# -- a credit ------------------------------------------------------------------------------------------------------
# (helper name83, issue 19: fresh-user trial 82b's article credits and bylines had been offered fills)

CREDIT_LABELS = ("担当デスク", "デスク", "取材", "取材・文", "取材・構成", "文", "文・写真", "文と写真", "写真・文", "構成",
                 "構成・文", "編集", "編集担当", "撮影", "写真", "聞き手", "話し手", "語り手", "記録", "記録者", "文責", "執筆",
                 "執筆者", "筆者", "著者", "著", "監修", "翻訳", "訳", "絵", "イラスト", "挿絵", "題字", "デザイン", "校正",
                 "司会", "進行", "講師", "発表者", "講演者", "登壇者", "報告者", "作成者", "記入者", "責任者", "担当者", "担当",
                 "インタビュアー", "インタビュー", "レポーター", "リポーター", "カメラ", "作", "作・絵", "画", "原作", "脚本")
"""Japanese labels of a job or a credit whose value is a person's name (an article's ``担当デスク：``, ``取材・文：``,
``撮影／``, ``聞き手：``; a byline's ``文・``; a field's ``記録者：``). Joined by ・ into one label (``取材・文``)."""
_CREDIT = "|".join(sorted(map(re.escape, CREDIT_LABELS), key=len, reverse=True))
_CREDIT_COLON = lazyre.compile(
    f"(?:^|(?<=[\\s(（【「［\\[]))((?:{_CREDIT})(?:[・･](?:{_CREDIT}))*)[ \u3000]*(?:[:：／/]|・(?=[{_NAME_LETTERS}]))[ \u3000]*")
"""A credit's label and its separator (a colon, a slash, or ・ before a name: ``文・\ufffd山 \ufffd子``), opening its line,
a space or a bracket."""
_CREDIT_VALUE = lazyre.compile(
    f"([{_NAME_LETTERS}]{{1,5}}(?:[ \u3000][{_NAME_LETTERS}{HIRAGANA}]{{1,5}})?)"
    f"(?=[ \u3000]*(?:(?:{_SUFFIX})(?![{KANJI}]))?[ \u3000]*(?:$|[（(）)、,，。\t／/]|[ \u3000]{{2}}))")
"""A name after a credit: one or two parts (a space between), then the line's end, brackets, a comma, a slash or a wide
space (its honorific at most between)."""
EN_CREDITS = ("Photo", "Photos", "Photograph", "Photographs", "Photography", "Text", "Words", "Story", "Interview",
              "Interviewer", "Reporter", "Reporting", "Editor", "Editing", "Illustration", "Illustrations", "Pictures",
              "Images", "Author", "Writer", "Credit", "Camera", "Translation", "Translator", "Design")
"""English credits before a colon or ``by`` (``Photo: J. Smith``, ``Words and pictures: …``, ``Interview by …``)."""
_EN_CREDIT = "|".join(EN_CREDITS)
_EN_CREDIT_LEAD = lazyre.compile(
    f"^[ \u00a0]*(?:(?:(?:{_EN_CREDIT})(?:[ ](?:and|&)[ ](?:{_EN_CREDIT}|{_EN_CREDIT.lower()}))?[ \u00a0]*(?::|[ ]by[ ]))"
    f"|(?:(?:Written|Interviewed|Photographed|Illustrated|Edited|Compiled|Reported|Translated)[ ]by[ ])"
    f"|By[ ])[ \u00a0]*", re.I)
"""A credit's lead at a line's start: ``Photo:``, ``Words and pictures:``, ``Interview by``, ``Written by``, ``By``."""
_EN_ROLE_AFTER = lazyre.compile("^(?:[ \u00a0]*$|[ \u00a0]*(?:[,|—–(]|[ ]-[ ])[ \u00a0]*(?:[A-Za-z]+[ ])?(?:staff|writer|"
                                "reporter|correspondent|editor|photographer|contributor|columnist|journalist|for[ ]|"
                                "special|senior|chief|freelance|guest))", re.I)
"""What follows a byline's name: the line's end, or a comma and the writer's role (``, staff writer``)."""
_NOT_A_BYLINE_WORD = lazyre.compile("^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                                    "March|April|May|June|July|August|September|October|November|December|The|This|"
                                    "That|Then|Now|Next|Last|Early|Late)$")
"""A capitalised word opening a clause after ``By`` that no name opens (``By Monday night, …``)."""
_NAME_WORD = f"(?:[A-Z]\\.|[A-Z{GAP}][A-Za-z\u00c0-\u024f{GAP}'’\\-]*)"
_BYLINE_VALUE = lazyre.compile(f"({_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,3}})(?![A-Za-z])")
"""A credited person's name: two to four words, each capitalised (its capital lost too) or an initial (``J. Smith``)."""


def _office_value(value: str) -> bool:
    """``value`` names an office, a section, a post or a body, no person (``総務課``, ``\ufffd務課``, ``市立\ufffd書館``: its
    last letter an office's or a body's written whole; :data:`INSTITUTION_ENDS`)."""
    last = re.split("[ \u3000]", value)[-1]
    return last[-1:] in "課係室局部署科班館社会団庁店院園校府省県" or last.endswith((*INSTITUTION_ENDS, "グループ", "チーム")) \
        or _office_part(last)


def credited_name(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``(name, credit)`` where the lost glyphs ``text[start:end]`` stand in the name after a job's or a credit's label
    (:data:`CREDIT_LABELS`: ``担当デスク：\ufffd本``, ``取材・文：\ufffd田 美\ufffd``, ``撮影／\ufffd藤``, a byline's ``文・\ufffd山
    \ufffd子（科学ライター）``) or an English credit (:data:`EN_CREDITS`: ``Photo: J. \ufffdmith``, ``By Kwame \ufffdsante,
    staff writer``); else ``None``. Not an office's or a section's value (``担当：\ufffd務課``), nor ``By`` before a
    clause (``By the \ufffdime``, ``By Monday \ufffdight, the river…``).

    >>> credited_name("担当デスク：\ufffd本", 6, 7), credited_name("文・\ufffd山 \ufffd子（科学ライター）", 2, 3)
    (('\ufffd本', '担当デスク'), ('\ufffd山 \ufffd子', '文'))
    >>> credited_name("担当：\ufffd務課", 3, 4), credited_name("Photo: J. \ufffdmith", 10, 11)
    (None, ('J. \ufffdmith', 'Photo:'))
    >>> credited_name("By the \ufffdime the bus arrives", 7, 8), credited_name("By Ama \ufffdsante, staff writer", 7, 8)
    (None, ('Ama \ufffdsante', 'By'))
    >>> credited_name("写真：市立\ufffd書館", 5, 6), credited_name("Photo: Harbour \ufffdrchives", 15, 16)
    (None, None)
    """
    from pipeline.restore.evidence.name_rows import _body_word

    line, at = _line(text, start)
    n = end - start
    for lab in _CREDIT_COLON.finditer(line):
        if lab.end() > at:
            break
        v = _CREDIT_VALUE.match(line, lab.end())
        if v is None or not v.start(1) <= at < v.end(1) or v.group(1).count(GAP) < n:
            continue
        parts = re.split("[ \u3000]", v.group(1))
        if any(_common(p) for p in parts) or _office_value(v.group(1)) or all(set(p) <= {GAP} for p in parts):
            continue
        return v.group(1), lab.group(1)
    lead = _EN_CREDIT_LEAD.match(line)
    if lead is None or lead.end() > at:
        return None
    v = _BYLINE_VALUE.match(line, lead.end())
    if v is None or not v.start(1) <= at < v.end(1) or v.group(1).count(GAP) < n:
        return None
    words = v.group(1).split()
    if len(words) < 2 or _NOT_A_BYLINE_WORD.match(words[0]) or _EN_ROLE_AFTER.match(line[v.end(1):]) is None \
            or sum(GAP in w for w in words) == len(words) or any(map(_body_word, words)):
        return None  # a clause after By, or a body credited (``Photo: City \ufffdrchives``)
    return v.group(1), lead.group(0).strip()


# -- a label over its value, a name wrapped ------------------------------------------------------------------------

_LABEL_ALONE = lazyre.compile(
    f"^[ \u3000]*[■□◆◇●○・【\\[]?[ \u3000]*((?:[^\\s:：()（）【】]{{0,6}}?(?:氏[ \u3000]?名|お名前|名前)"
    f"(?:[（(](?:ふりがな|フリガナ|よみがな|漢字)[）)])?)|(?:{_CREDIT})(?:[・･](?:{_CREDIT}))*"
    f"|(?:(?:Full|Patient'?s?|Applicant'?s?|Student'?s?) )?[Nn]ame|Speaker|Presenter|Lecturer|Author|Photographer)"
    f"[ \u3000]*[】\\]]?[ \u3000]*[:：]?[ \u3000]*$")
"""A label naming a person alone on its line (``氏名``, ``講師``, ``【お名前】``, ``Name``): its value on the next."""
_VALUE_ALONE = lazyre.compile(
    f"^[ \u3000]*([{_NAME_LETTERS}]{{1,5}}(?:[ \u3000][{_NAME_LETTERS}{HIRAGANA}]{{1,5}})?)"
    f"[ \u3000]*(?:(?:{_SUFFIX})(?![{KANJI}]))?[ \u3000]*(?:[（(][^）)]*[）)])?[ \u3000]*$")
"""A Japanese name alone on its line: one or two parts, its honorific and an aside in brackets after it at most."""


def name_under_label(text: str, start: int, end: int, above: str) -> tuple[str, str] | None:
    """``(name, label)`` where the lost glyphs ``text[start:end]`` stand in a name alone on its line under a label that
    names a person alone on the line ``above`` (:data:`_LABEL_ALONE`: ``氏名`` over ``山\ufffd 太郎``, ``講師`` over
    ``\ufffd田 \ufffd一（みなと大学教授）``, as a form or a programme sets them); else ``None``. Not an office's value
    (``担当`` over ``\ufffd務課``).

    >>> name_under_label("山\ufffd 太郎", 1, 2, "氏名"), name_under_label("市民会\ufffd", 3, 4, "会場")
    (('山\ufffd 太郎', '氏名'), None)
    >>> name_under_label("\ufffd務課", 0, 1, "担当")
    """
    line, at = _line(text, start)
    lab = _LABEL_ALONE.match(above.split("\n")[-1]) if above.strip() else None
    if lab is None:
        return None
    v = _VALUE_ALONE.match(line)
    if v is None or not v.start(1) <= at < v.end(1) or v.group(1).count(GAP) < end - start:
        return None
    parts = re.split("[ \u3000]", v.group(1))
    if any(_common(p) for p in parts) or _office_value(v.group(1)) or all(set(p) <= {GAP} for p in parts):
        return None
    return v.group(1), lab.group(1)


def wrapped_introduction(text: str, start: int, end: int, breaks: "list[int]") -> tuple[str, str] | None:
    """:func:`introduced_name` read across a line's wrap: where a self-introduction's name breaks over two lines
    (``担当になりました \ufffd井`` / ``陽斗です。``), the text is read with a space at each offset of ``breaks`` near the
    gap (a hard wrap joined without one, as Japanese paragraphs are joined: the space between a surname and a given
    name is lost at a wrap); else ``None``. A break in the name written whole on one side is read as its space, so a
    word broken at a wrap (``会議で 資\ufffd`` / ``料です``) reads so too: an abstention, never a fill.

    >>> wrapped_introduction("担当になりました \ufffd井陽斗です。", 9, 10, [11])
    ('\ufffd井 陽斗', 'です')
    """
    for k in breaks:
        if not start - 6 <= k <= end + 6 or text[k - 1: k] in " \u3000" or text[k: k + 1] in " \u3000":
            continue
        shift = 1 if start >= k else 0
        if (found := introduced_name(text[:k] + " " + text[k:], start + shift, end + shift)) is not None:
            return found
    return None


# -- a name in running prose ----------------------------------------------------------------------------------------

_KANA_GIVEN_IN_PROSE = lazyre.compile(
    f"(?<![{KANJI}{KATAKANA}々{GAP}])([{KANJI}々{GAP}]{{1,4}})[ \u3000]([{HIRAGANA}{GAP}]{{2,4}})(?:さん|ちゃん|くん|君|様)"
    f"(?![{KANJI}])")
"""A kanji surname, a space and a given name in hiragana glued to a familiar suffix, anywhere in running prose (``二組の
\ufffd\ufffd ひなたさんが``): the space and the kana given name set the surname apart, where a clause runs into it."""
_KANJI_TO_IU = lazyre.compile(f"(?<![{KANJI}々{GAP}])([{KANJI}々{GAP}]{{2,4}})(?:という|っていう|と言う|と名乗る)")
"""A kanji name before という (``\ufffd子という娘``)."""
GIVEN_NAME_ENDS = ("子", "郎", "男", "夫", "雄", "美", "江", "代", "恵", "枝", "乃", "彦", "介", "助", "吉", "蔵",
                   "衛", "衞", "平", "太", "之", "也", "哉", "治", "司", "造", "松", "七", "八")
"""Last letters a Japanese given name closes on (``花子``, ``一郎``, ``与兵衛``, ``源七``)."""


KANA_NOT_GIVEN = ("おばあ", "おじい", "おかあ", "おとう", "おねえ", "おにい", "おば", "おじ", "おばちゃ", "おじちゃ",
                  "みな", "みんな", "おまわり", "おいしゃ", "かみ", "ほとけ", "おつかれ", "ごくろう", "おきゃく", "あかちゃ")
"""Kana words before さん or ちゃん that name a kind of person, no given name (``おばあさん``, ``みなさん``)."""


def kana_given_in_prose(text: str, start: int, end: int) -> str | None:
    """The name (gap shown) where the lost glyphs ``text[start:end]`` stand in a kanji surname set off by a space before
    a given name in hiragana and its familiar suffix, in running prose (:data:`_KANA_GIVEN_IN_PROSE`: ``二組の\ufffd\ufffd
    ひなたさんが``); not a given name written as a word no name is (``みなさん``); else ``None``.

    >>> kana_given_in_prose("二組の\ufffd\ufffd ひなたさんが入賞", 3, 5), kana_given_in_prose("地域の\ufffd みなさん", 3, 4)
    ('\ufffd\ufffd ひなた', None)
    """
    line, at = _line(text, start)
    for m in _KANA_GIVEN_IN_PROSE.finditer(line):
        if not m.start(1) <= at < m.end(2) or m.group(0).count(GAP) < end - start or set(m.group(2)) == {GAP}:
            continue
        if _common(m.group(1)) or _common(m.group(2)) or m.group(2) in KANA_NOT_GIVEN or _office_part(m.group(1)):
            return None
        return f"{m.group(1)} {m.group(2)}"
    return None


def kanji_introduced_name(text: str, start: int, end: int) -> str | None:
    """The name (gap shown) where the lost glyphs ``text[start:end]`` stand in a kanji name before という that a person's
    noun follows within its clause (:data:`PERSON_NOUNS`), the name closing as a given name does
    (:data:`GIVEN_NAME_ENDS`, written whole: ``\ufffd子という娘``); else ``None``. ``会議という場`` names no person.

    >>> kanji_introduced_name("隣には\ufffd子という娘がいて", 3, 4), kanji_introduced_name("会\ufffdという場で", 1, 2)
    ('\ufffd子', None)
    """
    line, at = _line(text, start)
    for m in _KANJI_TO_IU.finditer(line):
        name = m.group(1)
        if not m.start(1) <= at < m.end(1) or name.count(GAP) < end - start or name.count(GAP) * 2 > len(name) \
                or name[-1] not in GIVEN_NAME_ENDS or _common(name):
            continue
        clause = re.split("[、。，,．！？!?\\s]", line[m.end(): m.end() + 12])[0]
        if re.match(f"^.{{0,6}}?(?:{_PERSON})(?=[{HIRAGANA}]|$)", clause):
            return name
    return None


STORY_NAME_ENDS = ("右衛門", "左衛門", "兵衛", "兵衞", "衛門", "衞門", "之助", "之介", "之丞", "之進", "太夫", "太郎",
                   "次郎", "二郎", "三郎", "四郎", "五郎")
"""A man's given name's closing letters in a story (``与兵衛``, ``伝右衛門``, ``金之助``, ``源太郎``): no word but a name
closes so."""
STORY_SHORT_ENDS = ("七", "吉", "助", "蔵", "松", "次", "平")
"""A man's given name's one closing letter in a story (``源七``, ``松吉``, ``伊助``): words close on them as well (十七,
大吉, 援助), so a name only in apposition to a person's noun (:data:`KIN_AND_HOUSEHOLD`)."""
KIN_AND_HOUSEHOLD = ("女房", "娘", "倅", "せがれ", "息子", "亭主", "主人", "女中", "下女", "下男", "番頭", "手代", "丁稚",
                     "小僧", "妹", "姉", "弟", "兄", "嫁", "婿", "妾", "後家", "女将", "内儀", "おかみさん", "母親", "父親",
                     "孫娘", "一人娘", "末娘", "長男", "次男", "三男", "長女", "次女", "弟子", "友達", "幼なじみ", "親分",
                     "子分", "船頭", "百姓", "大工", "職人", "隣人", "隣家")
"""A person's noun that a name stands in apposition to after の (``女房のお\ufffd\ufffd``, ``倅の\ufffd七``)."""
_APPOSED = "|".join(sorted(map(re.escape, KIN_AND_HOUSEHOLD), key=len, reverse=True))
_STORY_LONG = lazyre.compile(
    "(?<![{k}々{g}])([{k}々{g}]{{1,2}}(?:{e}))".format(k=KANJI, g=GAP, e="|".join(STORY_NAME_ENDS)))
_STORY_APPOSED = lazyre.compile(
    f"(?:{_APPOSED})の((?:お[{KANJI}{HIRAGANA}{GAP}]{{1,2}})|(?:[{KANJI}{GAP}]{{1,2}}(?:{'|'.join(STORY_SHORT_ENDS)})))"
    f"(?=[がはのをにとも、。」』]|さん|どん)")
"""A name in apposition after a person's noun and の: お and one or two letters (``女房のお\ufffd\ufffdが``), or a man's name
closing on one letter (``倅の\ufffd七が``); a particle or a punctuation after it."""


def story_name(text: str, start: int, end: int) -> str | None:
    """The name (gap shown) where the lost glyphs ``text[start:end]`` stand in a given name of a story's shape: one or
    two letters before the closing letters only a man's name takes (:data:`STORY_NAME_ENDS`: ``\ufffd兵衞は``), or a name in
    apposition after a person's noun and の (:data:`_STORY_APPOSED`: ``女房のお\ufffd\ufffdが``, ``倅の\ufffd七が``); else
    ``None``. A letter before 七, 吉 or 助 with no such noun before it (``大\ufffdで``, ``十\ufffdが``) is read by the fills.

    >>> story_name("\ufffd兵衞は煙管を置いた", 0, 1), story_name("女房のお\ufffd\ufffdが茶を", 4, 6), story_name("倅の\ufffd七が", 2, 3)
    ('\ufffd兵衞', 'お\ufffd\ufffd', '\ufffd七')
    >>> story_name("その年は大\ufffdで、", 5, 6), story_name("母のお\ufffdを飲む", 3, 4)
    (None, None)
    """
    line, at = _line(text, start)
    for m in _STORY_LONG.finditer(line):
        own = m.group(1)
        for e in STORY_NAME_ENDS:
            if own.endswith(e):
                own = own[: -len(e)]
                break
        if m.start(1) <= at < m.start(1) + len(own) and own.count(GAP) >= end - start:
            return m.group(1)
    for m in _STORY_APPOSED.finditer(line):
        if m.start(1) <= at < m.end(1) and m.group(1).count(GAP) >= end - start and m.group(1)[at - m.start(1)] == GAP:
            return m.group(1)
    return None


FIRM_TRADE_WORDS = ("工務店", "製作所", "鉄工所", "工業所", "建設", "商店", "商事", "商会", "興業", "興産", "電設", "物産",
                    "精機", "技研", "精工")
"""Trade words that close a firm's own name and hardly a common word (``山田建設``, ``森川商店``, ``大和興業``), read
without a legal form; not 工業, 開発, 通信, 観光, which close common words as often (重化学工業, 都市開発), nor 組
(番組, 仕組み, 二組)."""
_FIRM_IN_PROSE = lazyre.compile(
    f"(?<![{KANJI}{KATAKANA}ー々{GAP}])([{KANJI}{KATAKANA}ー々{GAP}]{{1,4}}?)"
    f"({'|'.join(sorted(FIRM_TRADE_WORDS, key=len, reverse=True))})(?=[がはのをにともや、。（(]|[ \u3000]|$)")
"""A firm's own name of one to four letters before a firm's trade word, a particle or a punctuation after it."""


FIRM_DEEDS = ("施工", "請け負", "請負", "担当", "受注", "落札", "納入", "納品", "手がけ", "手掛け", "設計", "製造", "販売",
              "運営", "協賛", "提供", "施行", "改修", "補修", "修繕", "解体", "組み", "建て", "取り扱", "取扱", "出店", "営業")
"""A firm's work, said after its name and a particle (``山田建設が施工``, ``森川商店が販売``): what a common noun before a
trade word hardly does (``道路建設が進む``)."""
_FIRM_DEED = lazyre.compile("[がはもとにで、]?[^。！？!?]{0,16}?(?:" + "|".join(FIRM_DEEDS) + ")")


def firm_in_prose(text: str, start: int, end: int) -> str | None:
    """The firm's name (gap shown) where the lost glyphs ``text[start:end]`` stand in a firm's own name written without
    its legal form before a trade word only firms close on (:data:`FIRM_TRADE_WORDS`: ``山\ufffd建設が施工``,
    ``\ufffd田電設が請け負う``), the gap in the own name and a letter of it kept, and the sentence saying a firm's work
    after it (:data:`FIRM_DEEDS`); else ``None``. The shape alone is a common noun's as well (``道\ufffd建設が進む``:
    道路建設). A gap in the trade word (``道路の\ufffd設``) is read by the fills, and an own name with a numeral
    (``第\ufffd建設``) is no firm's.

    >>> firm_in_prose("山\ufffd建設が施工を担当", 1, 2), firm_in_prose("道\ufffd建設が進む", 1, 2), firm_in_prose("道路の\ufffd設も", 3, 4)
    ('山\ufffd建設', None, None)
    """
    line, at = _line(text, start)
    for m in _FIRM_IN_PROSE.finditer(line):
        own = m.group(1)
        if not m.start(1) <= at < m.end(1) or own.count(GAP) < end - start or own.count(GAP) == len(own):
            continue
        if re.search("[一二三四五六七八九十0-9０-９]", own) or _FIRM_DEED.match(line, m.end()) is None:
            return None
        return own + m.group(2)
    return None
