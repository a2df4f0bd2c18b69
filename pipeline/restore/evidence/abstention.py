"""Abstention: gaps that no evidence may fill, whatever the other providers propose.

A person's name is exactly what a dictionary would happily invent, and the
talk's number in the proceedings (``\ufffd\ufffd\ufffd札幌市``) follows nothing in
the document. For these the verdict is to leave the gap and say why.

A name counts where the document states it as one, never because a name-ish word
stands elsewhere in the line (issue 19, point 4):

- in a speaker line after a job title (``国際部長 \ufffd田 \ufffd\ufffd``): in the talk stage
  segment's ``Talk.speaker.name`` span (and each author's) and nothing else; plain
  text (``pipeline restore -``) has no speaker line, so there a token after a job
  title and a space counts (:func:`after_job_title`); in both, the name closing its line after
  a post, a signer's (``あおば市長　佐\ufffd木　\ufffd子``), which segment may read as no speaker's
  (:func:`name_after_post`, trial 68b);
- before an honorific, at most :data:`NAME_REACH` letters back (``高\ufffd和男様``; an honorific further on in
  the line, ``市\ufffdの皆様``, says nothing about the gap; a gap touching the honorific or opening the name,
  ``田中\ufffdさん``, ``\ufffd子様``, may be a kana, お子様: offered, never filled, :func:`kana_before_honorific`),
  or in English directly after a title (``Dr M\ufffdller``: :func:`after_name_title`);
- in a field that lists people (``Present: …``, ``出席者：…``, ``Authors: …``, a contact line's
  ``担当：…``; the list
  going on over the next line after a comma), a name-shaped item of it
  (:func:`listed_name`);
- on a line of names alone, surname and given name parted by a space, an
  affiliation in brackets after it at most (``佐\ufffd 真理子（紙と本の工房 綴）``), where
  the half the gap left whole is a person's name to Sudachi (:func:`name_line`).

Trial 41: a deck's cover named its presenter so (its English, ``Mariko Saeki
(…)``, on the next line, and no job title), and segment, which reads no name
through a lost glyph, took the English line for the speaker: the surname was
offered 藤, 子, 賀. Its minutes listed ``Present: … Daniel M\ufffdller …``: the
English word list offered Miller at 0.82 (a ü lost to mojibake, far likelier).
The job titles, honorifics and people's fields are :mod:`pipeline.names`' one list.
"""

from __future__ import annotations

import functools

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline import lazyre
from pipeline.chardata import DIGITS, HALFWIDTH_LATIN, HALFWIDTH_LATIN_UPPER, HIRAGANA, KANJI, KATAKANA
from pipeline.english_words import NAME_POSTS, NAME_TITLES
from pipeline.model import GAP
from pipeline.names import (CHARGE_POST_RE, CLUB_POSTS, CONTACT_FIELDS, HONORIFIC_RE, JOB_TITLE_RE, JOB_TITLES, NAME_PARTICLES,
                            PEOPLE_FIELDS, PLACE_KINDS, STREET_WORDS)

# a job title, or a duty's charge glued before 担当 (``…森林活用担当 佐\ufffd 美咲``: issue 16, the post segment reads
# on a speaker's line too), before the name's space; never a contact label set off alone (``市民課　担当 \ufffd藤`` is
# :func:`listed_name`'s)
_TITLE = lazyre.compile(f"(?:{JOB_TITLE_RE.pattern}|{CHARGE_POST_RE.pattern})[\\s　]+$")
_NAME_CHARS = f"{KANJI}{KATAKANA}・{GAP}"
_NAME_HEAD = lazyre.compile(f"[{_NAME_CHARS}]*$")
# the honorific right after the name's characters, and not the start of a longer word (様子, 様式, 様々)
_HONORIFIC_NEXT = lazyre.compile(f"^[{_NAME_CHARS}]*?(?:{HONORIFIC_RE.pattern})(?![{KANJI}])")
PLACE_LINE = lazyre.compile(f"^\\s*[{GAP}0-9０-９.．、\\s]*[^\\s{GAP}]{{1,8}}[市町村県区都府]\\s*$")


def after_job_title(left: str) -> bool:
    """The gap's token follows a job title and a space, or is the second token of a name that does.

    Only for plain text: in the talk stage segment's speaker-name span says where the name is.

    >>> after_job_title("札幌市経済観光局国際部長 "), after_job_title("札幌市経済観光局国際部長 \ufffd田 ")
    (True, True)
    >>> after_job_title("札幌市の")
    False
    >>> after_job_title("北見市農林水産部森林活用担当 "), after_job_title("本事業の担当 "), after_job_title("担当 ")
    (True, False, False)
    """
    head = re.split(r"[\s　]", left)[-1]
    before = left[: len(left) - len(head)]
    if _TITLE.search(before):
        return True
    # the name may be two space-separated tokens (family name, given name)
    stripped = before.rstrip()
    prev_token = re.split(r"[\s　]", stripped)[-1] if stripped else ""
    return bool(prev_token) and len(prev_token) <= 4 and bool(_TITLE.search(stripped[: len(stripped) - len(prev_token)]))


# a line that ends on a post and the name its holder signs: the post glued to what it heads (``あおば市長``), a
# space (or the TAB segment reads a roster's wide white into: ``名古屋営業所 所長⇥藤井　\ufffd介``, fresh-user trial 73d),
# then one or two tokens of a name's letters (a given name may be written in hiragana) closing the line
_POST_NAME_LINE = lazyre.compile(
    f"^.*(?:{JOB_TITLE_RE.pattern}|{CHARGE_POST_RE.pattern}|{'|'.join(CLUB_POSTS)})[ \u3000\t]+([{_NAME_CHARS}]{{1,4}})"
    f"(?:[ \u3000]+([{_NAME_CHARS}{HIRAGANA}]{{1,4}}))?[ \u3000]*$")
# a family's roles opening an obituary's or a wedding notice's line, the member's name after them (``長女　　佐\ufffd木
# 由\ufffd里``: fresh-user trial 73d committed 々 at 0.9855); a role and a name, nothing else, on the line
FAMILY_ROLES = ("喪主", "施主", "長男", "長女", "次男", "次女", "三男", "三女", "妻", "夫", "孫", "親族代表", "新郎", "新婦")
_FAMILY_NAME_LINE = lazyre.compile(
    f"^[ \u3000]*(?:{'|'.join(FAMILY_ROLES)})[ \u3000\t]+([{_NAME_CHARS}]{{1,4}})"
    f"(?:[ \u3000]+([{_NAME_CHARS}{HIRAGANA}]{{1,4}}))?[ \u3000]*$")
# a name set a letter at a time across its column after the post (``裁判官　　小　林　\ufffd　介``, a tab after the post
# allowed: a judgment's signature block; fresh-user trial 70c, where the gap was offered は, と, の)
_POST_SPREAD_NAME_LINE = lazyre.compile(
    f"^.*(?:{JOB_TITLE_RE.pattern}|{CHARGE_POST_RE.pattern})[ \u3000\t]+([{_NAME_CHARS}{HIRAGANA}](?:[ \u3000]+[{_NAME_CHARS}{HIRAGANA}]){{2,5}})"
    f"[ \u3000]*$")
# a token that names a place, an office or another post rather than a person (``副知事　宮\ufffd県``, ``部長　総務課``):
# letters no surname or given name ends on, and a post; the letters surnames end on as well (中村, 阿部, 高市, 大町,
# 氷室) only ending a token of three letters or more that stands alone (``札\ufffd市``), never a surname a given name
# follows (``中村 健一``: the regression corpus's names lost a letter and were filled, with 市町村部 read as places)
_NEVER_A_NAMES_END = lazyre.compile(f"(?:[県府課係局庁]|{JOB_TITLE_RE.pattern})$")
_PLACE_OR_OFFICE_END = "市町村区都道部所室"


def _line_at(text: str, start: int) -> tuple[int, str]:
    """The offset in ``text`` of the line holding ``start``, and that line (without its newline)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, text[line_start: len(text) if line_end < 0 else line_end]


_BRACKETS = lazyre.compile("[（(]([^（()）\n]*)[）)]")


def _brackets_at(line: str, at: int) -> tuple[int, str] | None:
    """The offset in ``line`` and the text of the brackets (``（…）``, ``(…)``) holding ``line[at]``, or ``None``."""
    return next(((m.start(1), m.group(1)) for m in _BRACKETS.finditer(line) if m.start(1) <= at < m.end(1)), None)


SIGN_OFFS = ("合掌", "拝", "再拝", "九拝", "百拝", "敬白", "謹白", "謹書", "謹識", "識", "敬具", "謹言", "頓首", "草々",
             "早々", "不一", "かしこ")
"""The words a signer sets after the name closing a letter, a notice or a leaflet, a space before them: the letter's
closings (結語, :data:`pipeline.segment.labels.LETTER_CLOSINGS`: 敬具, 謹言, 敬白), a priest's 合掌 (palms joined), a
writer's 拝, 再拝, 九拝 (bowing), a preface's 識, 謹識, 謹書 (written by). Fresh-user trial 78d's temple leaflet closed
on ``瑞松山　長福寺　住職　大\ufffd 宗\ufffd　合掌`` and had its abbot's name offered 抵, 教."""
_SIGN_OFF_AFTER_NAME = lazyre.compile(f"(?<=[{_NAME_CHARS}])[ \u3000]+(?:{'|'.join(SIGN_OFFS)})[ \u3000]*$")


def name_after_post(text: str, start: int) -> bool:
    """The gap at ``start`` stands in the name that closes its line after a post (a job title of
    :data:`pipeline.names.JOB_TITLES`, or a duty's charge) and a space: a letter's or a notice's signer under its date
    and addressee (``あおば市長　佐\ufffd木　\ufffd子``), read whether or not segment took the line for the speaker's
    (fresh-user trial 68b: segment reads no name through a lost glyph, and 佐々木 was filled at 0.9855). The name
    is one or two tokens of at most 4 letters each that end the line; a token ending as a place, an office or a post
    (``副知事　宮\ufffd県``, ``部長　総務\ufffd課``: its gap is no name's), an addressee's ``各位`` (``自治会長　各位``, the
    one line of the regression corpus's 160 so shaped that names no one), and prose after a post are none
    (``市長は本日\ufffd``: no space, the line goes on).

    >>> name_after_post("あおば市長　佐\ufffd木　\ufffd子", 7), name_after_post("あおば市長　佐\ufffd木　\ufffd子", 10)
    (True, True)
    >>> name_after_post("総務部長 \ufffd藤 さくら", 5), name_after_post("北見市農林水産部森林活用担当 佐\ufffd", 16)
    (True, True)
    >>> name_after_post("市長は本日\ufffd見を述べた", 5), name_after_post("市長　あおば\ufffd市", 6)
    (False, False)
    >>> name_after_post("部長　総務\ufffd課", 5), name_after_post("市長 佐藤 花子 は本日\ufffd", 12)
    (False, False)
    >>> name_after_post("部長　課長　佐\ufffd", 7), name_after_post("自治会長　各\ufffd", 6)
    (True, False)
    >>> name_after_post("裁判官　　　小　林　\ufffd　介", 10), name_after_post("裁判長裁判官\t高　\ufffd　健　一", 9)
    (True, True)
    >>> name_after_post("市長　あ　い　\ufffd　え　お　か　き", 7)  # seven letters spaced: no name's length
    False
    >>> name_after_post("桜台市長　\ufffd村 浩", 5), name_after_post("主査　\ufffd部 美穂", 3), name_after_post("市長　札\ufffd市", 4)
    (True, True, False)
    >>> name_after_post("長女　　佐\ufffd木 由\ufffd里", 5), name_after_post("名古屋営業所 所長\t藤井　\ufffd介", 13)
    (True, True)
    >>> name_after_post("妻の\ufffd味を", 2)  # a role in running text, no name's line
    False

    A post and its holder's name in brackets after the body they head, in running text, close their brackets as a
    signer's line closes its line (fresh-user trial 69c: ``NPO法人森の学校（代表 \ufffd田 一郎）の協力`` was offered 山, 吉,
    森): the brackets' text is read as the line.

    >>> s = "NPO法人森の学校（代表 \ufffd田 一郎）の協力を得て"; name_after_post(s, s.index(GAP))
    True
    >>> s = "市の事業（部長の判断で\ufffd施）の資料"; name_after_post(s, s.index(GAP))
    False

    A signer's sign-off after the name (:data:`SIGN_OFFS`: 合掌, 敬白, 拝) closes the line as its end does:

    >>> s = "瑞松山　長福寺　住職　大\ufffd 宗\ufffd　合掌"; name_after_post(s, 12), name_after_post(s, 15)
    (True, True)
    >>> name_after_post("宮司　\ufffd川 正人 敬白", 3), name_after_post("住職の\ufffd話　合掌", 3)
    (True, False)
    """
    line_start, line = _line_at(text, start)
    if (inner := _brackets_at(line, start - line_start)) is not None:
        line_start, line = line_start + inner[0], inner[1]
    if (closing := _SIGN_OFF_AFTER_NAME.search(line)) is not None and start - line_start < closing.start():
        line = line[: closing.start()]  # the signer's sign-off after the name (``住職　大\ufffd 宗\ufffd　合掌``)
    spread = _POST_SPREAD_NAME_LINE.search(line)
    if spread is not None and line_start + spread.start(1) <= start and spread.group(1).count(GAP) * 2 < len(
            spread.group(1).split()):
        return True  # a letter-spaced name: its letters, fewer lost than kept
    family = _FAMILY_NAME_LINE.match(line)
    if family is not None and line_start + family.start(1) <= start:
        return True  # a family member's name after the role (``長女　佐\ufffd木 由香里``)
    m = _POST_NAME_LINE.search(line)
    if m is None or not line_start + m.start(1) <= start:
        return False
    alone = m.group(2) is None
    if any(t and t[-1] != GAP and (_NEVER_A_NAMES_END.search(t) or (
            alone and len(t) >= 3 and t[-1] in _PLACE_OR_OFFICE_END)) for t in m.groups()):
        return False
    # an addressee's line under a post (``自治会長　各位``: to every holder of it), one of its letters lost or none
    return not any(t and len(t) == 2 and t != GAP * 2 and all(c in (GAP, w) for c, w in zip(t, "各位"))
                   for t in m.groups()[:1])


# a line closing on an office's name (a division of a body: ``農林水産課``, ``企画部``, ``国際交流センター``), a space,
# then a name's two tokens, surname and given name (the given name may be written in hiragana)
_OFFICE_NAME_LINE = lazyre.compile(
    f"^.*[{KANJI}{KATAKANA}](?:[課係局部室]|センター|事務所|支所)[ \u3000]+([{_NAME_CHARS}]{{1,4}})"
    f"[ \u3000]+([{_NAME_CHARS}{HIRAGANA}]{{1,4}})[ \u3000]*$")


@lru_cache(maxsize=1024)
def _proper_noun(word: str) -> bool:
    """Sudachi reads ``word`` as one proper noun (固有名詞: a person's name, or a place's, as many surnames are:
    長谷, 森川)."""
    from pipeline.sudachi import tokenizer

    morphemes = tokenizer("C").tokenize(word)
    return len(morphemes) == 1 and morphemes[0].part_of_speech()[1] == "固有名詞"


def name_after_office(text: str, start: int) -> bool:
    """The gap at ``start`` stands in a person's name that closes its line after an office's name and a space, the
    name's two tokens (surname, given name) both there and the one the gap left whole a proper noun to Sudachi: a
    speaker's credit line (``潮見市 農林水産課　長谷 \ufffd子``), read in plain text where segment has not marked the
    speaker (fresh-user trial 69: ``pipeline restore FILE`` offered 拍, 電, 女 for the given name, as no post stands
    before it). An office's other words after it (``市民課　窓口 \ufffd付``: 窓口 a common noun), one token alone, or
    both tokens lost name no one here.

    >>> s = "潮見市 農林水産課　長谷 \ufffd子"; name_after_office(s, s.index(GAP))
    True
    >>> s = "企画部　\ufffd藤 美奈"; name_after_office(s, s.index(GAP))
    True
    >>> s = "市民課　窓口 \ufffd付"; name_after_office(s, s.index(GAP))
    False
    >>> s = "農林水産課　\ufffd子"; name_after_office(s, s.index(GAP))
    False
    """
    line_start, line = _line_at(text, start)
    m = _OFFICE_NAME_LINE.search(line)
    if m is None or not line_start + m.start(1) <= start:
        return False
    whole = [t for t in m.groups() if GAP not in t]
    return len(whole) == 1 and _proper_noun(whole[0])


@lru_cache(maxsize=1024)
def _reads_as_name(letters: str, opens: bool) -> bool:
    """Sudachi reads ``letters`` (no lost glyph in them) as a person's name alone: every morpheme 固有名詞-人名, and
    the surname opening them, the given name's first letters after it (``opens``: ``山本和``), or the given name
    closing them (``田智子``: 智子) two letters or more, as a lone kanji is read as a name's too often (総, 市)."""
    from pipeline.sudachi import tokenizer

    if not letters or GAP in letters:
        return False
    morphemes = tokenizer("C").tokenize(letters)
    if not all(m.part_of_speech()[1:3] == ("固有名詞", "人名") for m in morphemes):
        return False
    edge = morphemes[0] if opens else morphemes[-1]
    # a surname alone before the gap (``野中`` of ``みどり野中\ufffd校長``, a school's name) says nothing of it: the
    # given name's first letters must follow it
    return len(edge.surface()) >= 2 and edge.part_of_speech()[3] == ("姓" if opens else "名") \
        and (not opens or len(morphemes) >= 2)


def _name_around(head: str, tail: str) -> bool:
    """The letters before the gap (``head``) open on a surname and read as a person's name, or those after it
    (``tail``) close on a given name so (:func:`_reads_as_name`): each whole, the gap and both of them
    :data:`NAME_SPAN` letters at most (an office's run, ``富山市\ufffd通政策``, is longer)."""
    if len(head) + 1 + len(tail) > NAME_SPAN or not (_all_person(head) and _all_person(tail)):
        return False  # the whole run is the name's: an office's or a word's letters beside it (同訴訟\ufffd理人) are none
    if _reads_as_name(head, True) or _reads_as_name(tail, False):
        return True
    # a surname whole before the gap and one letter after it (``山田\ufffd子委員長``), no place's or office's letter
    return len(tail) == 1 and _person_name_word(head) and len(head) >= 2 and tail not in _PLACE_OR_OFFICE_END \
        and _NEVER_A_NAMES_END.search(tail) is None


@lru_cache(maxsize=1024)
def _all_person(letters: str) -> bool:
    """``letters`` are empty, one letter (Sudachi reads a lone kanji as a common noun: 子, 郎), or every morpheme of
    them is 固有名詞-人名 to Sudachi."""
    from pipeline.sudachi import tokenizer

    return len(letters) <= 1 or all(m.part_of_speech()[1:3] == ("固有名詞", "人名")
                                    for m in tokenizer("C").tokenize(letters))


NAME_SPAN = 6
"""Letters a Japanese person's name glued in one run has at most (``佐々木健太郎``)."""

# a speaker's turn in minutes: a turn mark opening the line (○, 〇, ◯ in most assemblies' minutes; ◎, ◆, ◇ in some
# councils' for the chair, members and officials), the speaker's post or seat (``議長``, ``３番``, ``こども家庭部長``), and
# the speaker's name in brackets (``○３番（山本和宏）``, ``○市長（田中一郎君）``)
TURN_MARKS = "○〇◯◎◆◇●"
_TURN = lazyre.compile(f"^[ \t\u3000]*[{TURN_MARKS}][ \u3000]?([^（(\\s\u3000{TURN_MARKS}]{{1,20}}?)[（(]([^（()）\\n]{{1,14}})[）)]")
_TURN_POST = lazyre.compile(f"(?:(?:{JOB_TITLE_RE.pattern})|[0-9０-９]+番(?:議員|委員)?|[員者人長官])$")
_TURN_NAME = lazyre.compile(
    f"^[{_NAME_CHARS}]{{1,5}}(?:[ \u3000]?(?:[{_NAME_CHARS}]{{1,5}}|[{HIRAGANA}]{{2,5}}))?(?:君|さん|氏|議員|委員)?$")


def speaker_turn_name(text: str, start: int) -> bool:
    """The gap at ``start`` stands in the speaker's name a turn of minutes gives in brackets after its mark and the
    speaker's post or seat (``○３番（山本和\ufffd）``, ``○こども家庭部長（\ufffd田智子）``, ``◯議長（石川敏\ufffd君）``): fresh-user
    trial 71, Japanese city council minutes, where one member's given name was committed 宏 at 0.9987 from another's
    turn (``○３番（山本和宏）``: the same surname and given name's first letter, another seat) and a head of department's
    surname was offered 石, 藤, 山. The post is a job title (:data:`pipeline.names.JOB_TITLES`), a seat's number (``３番``,
    ``５番議員``) or a word closing on 員, 者, 人, 長 or 官 (``参考人``, ``説明員``); the brackets hold a name's letters (a
    space between surname and given name, 君 or さん after them at most): a stage direction in brackets or prose after
    the mark names no one.

    >>> s = "○３番（山本和\ufffd）　おはようございます。"; speaker_turn_name(s, s.index(GAP))
    True
    >>> s = "◯こども家庭部長（\ufffd田 智子君）　お答えします。"; speaker_turn_name(s, s.index(GAP))
    True
    >>> s = "○議長（休憩の\ufffd告）"; speaker_turn_name(s, s.index(GAP))  # no name's letters
    False
    >>> s = "○市として（交通\ufffd業者）と協議"; speaker_turn_name(s, s.index(GAP))  # no post before the brackets
    False
    >>> s = "委員会（\ufffd催日）"; speaker_turn_name(s, s.index(GAP))  # no turn mark
    False
    """
    line_start, line = _line_at(text, start)
    m = _TURN.match(line)
    if m is None or not line_start + m.start(2) <= start < line_start + m.end(2):
        return False
    return _TURN_POST.search(m.group(1)) is not None and _TURN_NAME.match(m.group(2).strip()) is not None


ROSTER_ROLES = ("事務局", "幹事", "書記", "オブザーバー", "傍聴者", "出席者", "欠席者", "出席委員", "欠席委員", "説明員",
                "記録", "記録者", "司会", "司会者", "進行", "座長", "来賓", "発表者", "報告者", "講演者", "パネリスト", "通訳")
"""Words that head a line of a meeting's roster as a post does (``事務局　都市政策課 清水、岡田``): the roster's
sections besides the posts of :data:`pipeline.names.JOB_TITLES` (``委員長　小林 正人``, ``委員　松本 拓也、井上 真理``),
and the roles a meeting's record lists its people by (``司会　…``, ``記録　\ufffd田 次郎`` under ``講師　山田 太郎``: helper
rest71's near miss, whose surname the character model committed 山 at 0.967 from the lecturer's line)."""
_ROSTER_LINE = lazyre.compile(
    f"^[ \t\u3000]*(?:[{KANJI}{KATAKANA}]{{0,8}}(?:{JOB_TITLE_RE.pattern})|{'|'.join(ROSTER_ROLES)}"
    f"|[{KANJI}{KATAKANA}・]{{1,10}}(?<!関)係)[ \t\u3000]+(\\S.*?)[ \t\u3000]*$")
"""A roster's line: its post or section, then its people (:func:`roster_name`); an event's duty named by its ``係``
(``模擬店係　中\ufffd 勝、小松 理恵``, ``総務・本部係　…``: fresh-user trial 79d's festival report, whose one-kanji given
name after the duty was offered の, 央, 心) heads one as a post does (``関係`` is no duty)."""
_ROSTER_ITEM = lazyre.compile(f"^[{_NAME_CHARS}]{{1,8}}(?:[ \u3000][{_NAME_CHARS}{HIRAGANA}]{{1,4}}){{0,2}}$")


def roster_name(text: str, start: int) -> bool:
    """The gap at ``start`` stands in a name of a roster's line: a post or a roster's section (``委員``, ``副委員長``,
    ``事務局``: :data:`ROSTER_ROLES`) opening the line, a space, then the names of those who hold it parted by ``、``
    (``委員　　　松本 \ufffd也、井上 真理、木村 大輔``), a department before a name allowed (``事務局　都市政策課 清水``):
    fresh-user trial 71's committee minutes, whose members listed under ``出席者：`` had the given name offered 隆, 哲,
    拓. Every item is a name's shape (:func:`_name_item`: a department's word is none), and some word of the line
    left whole is a person's name to Sudachi: a post heading a list of things (``部長　企画、総務、財\ufffd``) is none.
    One name after its post alone is :func:`name_after_post`'s.

    >>> s = "委員　　　松本 \ufffd也、井上 真理、木村 大輔"; roster_name(s, s.index(GAP))
    True
    >>> s = "事務局　　都市政策課 清\ufffd、岡田"; roster_name(s, s.index(GAP))
    True
    >>> s = "事務局　　都市政\ufffd課 清水、岡田"; roster_name(s, s.index(GAP))  # the department's letter
    False
    >>> s = "\u3000委員\u3000\u3000青木\u3000正人、石\ufffd\u3000美奈子、"; roster_name(s, s.index(GAP))  # going on
    True
    >>> s = "部長　企画、総務、財\ufffd"; roster_name(s, s.index(GAP))
    False
    >>> s = "委員長が開会を宣\ufffdした。"; roster_name(s, s.index(GAP))
    False
    >>> s = "模擬店係　中\ufffd 勝、小松 理恵、岡田 直人"; roster_name(s, s.index(GAP))
    True
    >>> s = "会計係　会費、\ufffd付金"; roster_name(s, s.index(GAP))  # things, no people
    False
    """
    line_start, line = _line_at(text, start)
    m = _ROSTER_LINE.match(line)
    if m is None or not line_start + m.start(1) <= start:
        return False
    pos, found, whole = line_start + m.start(1), False, False
    items = re.split("[、，,]", m.group(1))
    if len(items) > 1 and not items[-1].strip():
        items.pop()  # the list goes on over the next line (``…、加藤　\ufffd也、``: fresh-user trial 71d)
    for item in items:
        stripped = item.strip()
        if not stripped or not _ROSTER_ITEM.match(stripped):
            return False
        if pos <= start < pos + len(item):
            found = _name_item(item, start - pos)
        whole = whole or any(GAP not in w and _person_name_word(w) for w in stripped.split())
        pos += len(item) + 1
    return found and whole


# posts written glued after their holder's name as a title is (``松本 拓也委員より``, ``石川議長``, ``藤井部長``): every job
# title, but read as a name only where Sudachi reads the letters beside the gap as a person's (:func:`_name_around`),
# as an office glues before most of them as often (``総務部長``, ``企画課長``)
_POST_AFTER_NAME = lazyre.compile(f"^([{_NAME_CHARS}]*?)(?:{JOB_TITLE_RE.pattern})(?![{KANJI}])")
_SURNAME_BEFORE_SPACE = lazyre.compile(f"(?:^|[^{_NAME_CHARS}])([{KANJI}{KATAKANA}]{{2,{4}}})[ \u3000]$")


def before_post(left: str, right: str, gap: int = 1) -> bool:
    """The gap stands in a person's name glued before a post (``松本 \ufffd也委員より``, ``山本和\ufffd議長``, ``\ufffd田智子部長``),
    the letters beside the gap read as a person's name by Sudachi (:func:`_name_around`), or the surname before a space
    when the gap is in the given name (``松本 ``): fresh-user trial 71's probe, ``松本 \ufffd也委員より…`` offered 拓 at
    0.83. An office before the post (``総務\ufffd長``, ``総\ufffd部長``, ``こども家庭部\ufffd``) reads as no name, and its gap is
    decided as any other.

    >>> before_post("松本 ", "也委員より報告"), before_post("", "田智子部長"), before_post("市長の山本和", "議長")
    (True, True, True)
    >>> before_post("総", "部長"), before_post("こども家庭", "長"), before_post("市民", "委員"), before_post("", "員長")
    (False, False, False, False)
    """
    m = _POST_AFTER_NAME.match(right)
    if m is None:
        return False
    head = _NAME_HEAD.search(left).group(0)
    tail = m.group(1)
    if GAP in head or GAP in tail or len(head) + gap + len(tail) < 2:
        return False
    if _name_around(head, tail):
        return True
    surname = _SURNAME_BEFORE_SPACE.search(left) if not head else None
    return surname is not None and 1 <= gap + len(tail) <= 4 and _person_name_word(surname.group(1))


_GLUED_NAME_AFTER = lazyre.compile(f"^([{_NAME_CHARS}]*?)(?:{JOB_TITLE_RE.pattern}|{HONORIFIC_RE.pattern})(?![{KANJI}])")


def glued_name_run(left: str, fill: str, right: str) -> str | None:
    """The run of a name's letters the fill makes, glued before a post or an honorific (``石\ufffd委員`` with 川,
    ``山本和\ufffd議員``): from the letter after a non-name character (a particle, a mark, a space, the text's start)
    through the fill to the post, two to :data:`NAME_SPAN` letters, no other lost glyph in it, where Sudachi reads that
    run alone as a person's name (:func:`_all_person`, a morpheme of two letters or more in it); else ``None``. Read
    alone because the post glued after it changes Sudachi's reading: 石川委員 is 石川 the place to it, 石川 alone a
    surname (helper name72: the minutes' ``石\ufffd委員`` was committed 川 from ``石川委員`` written whole).

    >>> glued_name_run("委員会では石", "川", "委員から"), glued_name_run("では総", "務", "部長が")
    ('石川', None)
    """
    m = _GLUED_NAME_AFTER.match(right)
    if m is None:
        return None
    head = _NAME_HEAD.search(left).group(0)
    run = head + fill + m.group(1)
    if GAP in run or not 2 <= len(run) <= NAME_SPAN:
        return None
    from pipeline.sudachi import tokenizer

    morphemes = tokenizer("C").tokenize(run)
    return run if _all_person(run) and any(len(mm.surface()) >= 2 for mm in morphemes) else None


def name_head_read(left: str) -> bool:
    """The letters right before the gap open on a surname and a given name's first letters (``山本和``): the gap
    is inside the name, not a kana before its title or honorific (:func:`kana_before_title`)."""
    head = _NAME_HEAD.search(left).group(0)
    return GAP not in head and len(head) >= 3 and any(
        _reads_as_name(head[k:], True) and len(head) - k >= 3 for k in range(max(0, len(head) - NAME_SPAN), len(head) - 2))


_NAME_RUN_LEFT = lazyre.compile(f"(?:(?<![{KANJI}{KATAKANA}])[{KANJI}{KATAKANA}]{{1,4}}[ \u3000])?[{KANJI}{KATAKANA}・]{{0,{NAME_SPAN}}}$")
_NAME_RUN_RIGHT = lazyre.compile(f"^[{KANJI}{KATAKANA}・]{{0,{NAME_SPAN}}}")


_GLUED_AFTER = lazyre.compile(f"(?:{HONORIFIC_RE.pattern}|{JOB_TITLE_RE.pattern})+$")
_GLUED_BEFORE = lazyre.compile(f"^.*(?:{JOB_TITLE_RE.pattern})(?=[{KANJI}{KATAKANA}]{{2}})")


def name_pattern(text: str, start: int, end: int) -> re.Pattern | None:
    """A pattern for the name whose letters ``text[start:end]`` lost: its letters around the gap (a surname before a
    space too, ``松本 \ufffd也``), each lost glyph one kanji or katakana; ``None`` where fewer than two letters survive.
    What a reader searches the document for to check a name the pipeline leaves open (fresh-user trial 71: the whole
    name written elsewhere is told, never written in: the same surname and given name's first letter can be another
    person's, ``○３番（山本和宏）`` beside ``○５番（山本和\ufffd）``).

    >>> name_pattern("○５番（山本和\ufffd）", 7, 8).pattern == f"山本和[{KANJI}{KATAKANA}]"
    True
    >>> name_pattern("委員　松本 \ufffd也、", 6, 7).pattern == f"松本[ \u3000]?[{KANJI}{KATAKANA}]也"
    True
    >>> name_pattern("（小林 正\ufffd君）", 5, 6).pattern == f"小林[ \u3000]?正[{KANJI}{KATAKANA}]"
    True
    >>> name_pattern("（\ufffd）", 1, 2) is None
    True
    """
    latin = _latin_name_pattern(text, start, end)
    if latin is not None:
        return latin
    left = _NAME_RUN_LEFT.search(text[:start]).group(0)
    right = _NAME_RUN_RIGHT.match(text[end:]).group(0)
    # a post or an honorific glued on is no part of the name (``正\ufffd君``, ``市長山本和\ufffd議員``)
    right = _GLUED_AFTER.sub("", right)
    left = _GLUED_BEFORE.sub("", left)
    if len((left + right).replace(" ", "").replace("\u3000", "")) < 2:
        return None
    part = "".join("[ \u3000]?" if c in " \u3000" else re.escape(c) for c in left)
    return re.compile(part + f"[{KANJI}{KATAKANA}]" * (end - start) + re.escape(right))


_LATIN_LETTERS = f"{HALFWIDTH_LATIN}\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LATIN_RUN_LEFT = lazyre.compile(f"[{_LATIN_LETTERS}]+(?:['’\\-][{_LATIN_LETTERS}]+)*['’\\-]?$")
_LATIN_RUN_RIGHT = lazyre.compile(f"^(?:['’\\-]?[{_LATIN_LETTERS}]+)+")


def _latin_name_pattern(text: str, start: int, end: int) -> re.Pattern | None:
    """A pattern for a Latin-script name's word whose letter ``text[start:end]`` lost (one glyph, one letter, an
    accented one too), its letters on both sides kept, four at least: ``Mart\ufffdnez-Ruiz`` finds the running head's
    ``Martínez-Ruiz`` (fresh-user trial 71c, helper fix71d). ``None`` where the gap is no single glyph in a Latin word."""
    if end - start != 1:
        return None
    lm, rm = _LATIN_RUN_LEFT.search(text[:start]), _LATIN_RUN_RIGHT.match(text[end:])
    left, right = (lm.group(0) if lm else ""), (rm.group(0) if rm else "")
    if not (left or right) or len(re.sub("['’\\-]", "", left + right)) < 4 or not (left or right)[0].isupper():
        return None
    return re.compile(f"(?<![{_LATIN_LETTERS}{GAP}]){re.escape(left)}[{_LATIN_LETTERS}]{re.escape(right)}"
                      f"(?![{_LATIN_LETTERS}{GAP}])")


_TITLE_COLON = lazyre.compile(f"(?:{JOB_TITLE_RE.pattern})[:：][\\s　]*$")
_NAME_AFTER_COLON = lazyre.compile(f"[:：][\\s　]*([{_NAME_CHARS}]{{0,4}})(?:[\\s　]+([{_NAME_CHARS}]{{0,4}}))?$")


def after_job_title_colon(left: str) -> bool:
    """The gap stands in a name that a job title and a colon introduce (``代表取締役：佐々\ufffd 健一``, ``会長：\ufffd田``):
    the name's characters (kanji, katakana, lost glyphs; one or two tokens of at most 4) from the colon to the gap.
    In running text as on a speaker line: a company's or a body's head is named so in a release's or a report's
    first sentence (fresh-user trial 60b: ``代表取締役：佐々\ufffd 健一`` had been offered 木, の, は). Speech after a
    post's colon in minutes (``委員長：それでは…``) opens on kana: no name.

    >>> after_job_title_colon("（本社：大崎市、代表取締役：佐々"), after_job_title_colon("代表取締役：佐々木 健")
    (True, True)
    >>> after_job_title_colon("会長："), after_job_title_colon("委員長：それ"), after_job_title_colon("場所：市役所")
    (True, False, False)
    """
    m = _NAME_AFTER_COLON.search(left)
    return m is not None and _TITLE_COLON.search(left[: m.start() + 1]) is not None


def before_honorific(left: str, right: str) -> bool:
    """The gap stands in a name directly followed by an honorific (``田\ufffd様``, ``\ufffd\ufffdさん``), the surname
    of a name written with a space too (``\ufffd本 和男氏``: :func:`_surname_before`).

    The name's characters (kanji, katakana, lost glyphs) must run from the gap
    to the honorific; a particle or a word in between means the honorific
    belongs to someone else (``市\ufffdの皆様``).

    >>> before_honorific("山", "様にお礼"), before_honorific("", "中さんが"), before_honorific("市", "の皆様へ")
    (True, True, False)
    >>> before_honorific("多", "様性")
    False
    """
    m = _HONORIFIC_NEXT.match(right)
    if m is None:
        return _surname_before(left, right)
    lead = len(m.group(0)) - len(HONORIFIC_RE.search(m.group(0)).group(0))
    # the name reaches back from the honorific at most NAME_REACH letters: what stands before (a job title written
    # on, 国際交流課長田中\ufffdさん) is no part of it and does not make the run too long to be a name
    return 1 + lead <= NAME_REACH


# titles written glued after a person's surname as an honorific is (``高橋教授``, ``佐藤議員``) and never glued after a
# place's name: 市長, 知事, 町長 … are left out, the regression corpus's five 市長 so glued all followed a city
# (桜台市長, 富士宮市長), and 部長, 会長 … follow their office (営業部長) as often
CLERGY_TITLES = ("大和尚", "禅師", "和尚", "上人", "法師", "老師")
"""A Buddhist priest's titles after his name (``宗光禅師``, ``玄道和尚``, ``如輪上人``): no office's or school's name
stands before them, so a name's run ending on 道 or on the gap is read as one (fresh-user trial 78d's temple leaflet had
its founders' names offered fills: ``月\ufffd宗光禅師`` の, 曜). In every text under /work/regress and /tmp/me the nine
runs glued before one are names (宗光禅師, 開山月庵禅師, 道元老師, 玄昭和尚)."""
TITLES_AFTER_NAME = ("准教授", "教授", "助教", "博士", "議員", "記者", "弁護士", "医師") + CLERGY_TITLES
_TITLE_AFTER_NAME = lazyre.compile(
    f"^([{_NAME_CHARS}]*?)(?:{'|'.join(TITLES_AFTER_NAME)})(?![{KANJI}])")
# what else stands glued before such a title: an office's or a school's last letter (経済学部教授, 東北大学教授,
# 市議会議員, 歯科医師) and a rank's words (名誉教授, 特任教授, 非常勤講師)
_NOT_A_NAMES_END = "学部科課局院校会所室省庁府県市町村区都道党団社"
_TITLE_RANKS = ("名誉", "客員", "特任", "特命", "主任", "専任", "兼任", "新任", "招聘", "非常勤", "常勤", "副", "准",
                "元", "前", "現", "国会", "県議", "市議", "町議", "村議", "区議", "都議", "研修", "勤務", "担当", "主治",
                # a trade's or a duty's word before 記者, 弁護士, 医師 (新聞記者, 顧問弁護士, 国選弁護士, 専属医師)
                "新聞", "番", "従軍", "国選", "専属", "開業", "産業", "当番", "嘱託") + JOB_TITLES


def before_title(left: str, right: str, gap: int = 1) -> bool:
    """The gap stands in a name glued directly before a title used as an honorific (``緑川大学の高\ufffd真一教授が``:
    fresh-user trial 68d, ``高写真一教授`` was offered 写 0.37; issue 19, point 4). The name is the whole run of name
    characters (kanji, katakana, lost glyphs) before a title of :data:`TITLES_AFTER_NAME`, 2 to :data:`NAME_REACH`
    letters, opening after a non-name character (の, a space, kana, punctuation) or the text's start; a run that
    ends as an office or a school (``大学教授``, ``経済学部教授``) or is a rank's word (``名誉教授``), a gap that is
    the title's own letter (``学部の\ufffd授``: no title follows), and a title heading a longer word (``教授会``)
    name no one.

    >>> before_title("緑川大学の高", "真一教授が"), before_title("は", "藤議員の"), before_title("国立大", "教授が")
    (True, True, False)
    >>> before_title("経済学部の", "授が"), before_title("の名", "教授"), before_title("の田", "教授会で")
    (False, False, False)
    """
    m = _TITLE_AFTER_NAME.match(right)
    if m is None:
        return False
    head = _NAME_HEAD.search(left).group(0)
    run = head + GAP * gap + m.group(1)
    if right[len(m.group(1)):].startswith(CLERGY_TITLES):
        return 2 <= len(run) <= NAME_REACH
    if not 2 <= len(run) <= NAME_REACH or run[-1] in _NOT_A_NAMES_END:
        return False
    # a rank's word with a letter lost (名\ufffd教授, \ufffd任教授) glues before the title as a name does
    if any(len(w) == len(run) and all(c in (GAP, x) for c, x in zip(run, w)) for w in _TITLE_RANKS):
        return False
    # the gap closing the run may be an office's or a school's last letter (国立大\ufffd教授: 国立大学)
    return not (run.endswith(GAP * gap) and GAP not in head + m.group(1) and gap == 1
                and _office_word(head + m.group(1)))


def kana_before_title(left: str, right: str) -> bool:
    """The gap closes the name before a title of :func:`before_title`, touching the title (``本学\ufffd教授``), or opens
    it (``\ufffd田中教授``): a kana may stand there as well as a name's letter (本学の教授, は田中教授), so the gap is
    offered its candidates, never filled, as :func:`kana_before_honorific`'s is; a gap inside the name
    (``高\ufffd真一教授``) abstains with none.

    >>> kana_before_title("本学", "教授が"), kana_before_title("の高", "真一教授が"), kana_before_title("", "田中教授")
    (True, False, True)
    >>> kana_before_title("　山本和", "議員。")  # a surname and the given name's first letter before it
    False
    """
    m = _TITLE_AFTER_NAME.match(right)
    if m is not None and right[len(m.group(1)):].startswith(CLERGY_TITLES):
        return _kana_before_clergy_title(_NAME_HEAD.search(left).group(0), m.group(1),
                                         right[len(m.group(1)):]) and before_title(left, right)
    # a surname and a given name's first letter before the gap (``山本和\ufffd議員``: fresh-user trial 71) put it inside
    # the name: no kana stands there
    return m is not None and (not m.group(1) or not _NAME_HEAD.search(left).group(0)) and before_title(left, right) \
        and not name_head_read(left)


CLERGY_TITLE_WORDS = ("殿上人", "雲上人", "影法師", "琵琶法師", "一寸法師", "小法師", "荒法師", "山法師", "老和尚")
"""Common words ending on a priest's title (:data:`CLERGY_TITLES`): a courtier (殿上人, 雲上人), a shadow (影法師), a
blind minstrel (琵琶法師), a tale's hero (一寸法師), a warrior monk (荒法師, 山法師), an old priest (老和尚). A lost letter
these words' letters fit before the title is no name's (``\ufffd上人`` may be 殿上人): offered, never held."""


def _kana_before_clergy_title(head: str, body: str, right: str) -> bool:
    """Whether the gap before a priest's title (:data:`CLERGY_TITLES`), ``head`` the name's letters before it and
    ``body`` those between it and the title, may be a kana's or a common word's letter (offered, never filled) rather
    than a letter inside the priest's name (held, :func:`before_title`): the gap alone before the title (``その\ufffd和尚``:
    その和尚), the gap opening a name of two letters or more written whole (``寺で\ufffd空海法師``: a particle there), or a
    common word's letters around it (:data:`CLERGY_TITLE_WORDS`: 殿上人). A gap touching the title after the name's
    letters (``如\ufffd上人``, ``鉄\ufffd玄\ufffd和尚``'s second) or opening a one-letter rest (``\ufffd海法師``) is inside
    the name, unless those letters end a place of worship or are a common noun of two letters or more, which a
    particle may follow (``山寺\ufffd和尚``: 山寺の和尚, :data:`_WORSHIP_ENDS`); session 78 had held only a gap with the name's letters on both sides (fresh-user trial 78d offered
    ``鉄\ufffd玄\ufffd和尚``'s second gap 昭, 奘).

    >>> _kana_before_clergy_title("如", "", "上人が"), _kana_before_clergy_title("", "", "和尚が"), _kana_before_clergy_title("", "空海", "法師")
    (False, True, True)
    >>> _kana_before_clergy_title("", "海", "法師"), _kana_before_clergy_title("", "", "上人の"), _kana_before_clergy_title("", "琶", "法師")
    (False, True, True)
    """
    run = head + GAP + body
    for word in CLERGY_TITLE_WORDS:
        title = next(t for t in CLERGY_TITLES if word.endswith(t))
        lead = word[: -len(title)]
        # the run (the gap in it) within the word's letters before the title, every kept letter of it the word's
        if right.startswith(title) and len(run) <= len(lead) and all(
                c in (GAP, x) for c, x in zip(run, lead[-len(run):])):
            return True
    if not body and head and GAP not in head and (head[-1] in _WORSHIP_ENDS or len(head) >= 2 and _common_noun(head)):
        return True  # a particle after a place of worship or a common noun (``山寺\ufffd和尚``: 山寺の和尚)
    return (not head and not body) or (not head and len(body) >= 2)


_WORSHIP_ENDS = "寺院堂宮社"
"""The last letters of a place of worship's name (長福寺, 大雲院, 本堂, 八幡宮, 神社): a particle follows one before a
priest's title as often as a name does (``当寺の和尚``), so a lost letter there is offered."""


def _office_word(letters: str) -> bool:
    """``letters`` and an office's or a school's last letter (:data:`_NOT_A_NAMES_END`) read as one word to Sudachi,
    no person's name (``国立大`` + 学)."""
    from pipeline.sudachi import tokenizer

    for end in _NOT_A_NAMES_END:
        morphemes = tokenizer("C").tokenize(letters + end)
        if len(morphemes) == 1 and morphemes[0].part_of_speech()[2] != "人名":
            return True
    return False


NAME_REACH = 4
"""Letters (lost glyphs included) a name reaches back from its honorific: a gap further back than that (four letters,
a surname and a given name of two each) is not in the name the honorific follows."""


_KATAKANA_NAME_RUN = lazyre.compile(f"[{KATAKANA}{GAP}]+(?:[・･][{KATAKANA}{GAP}]+)+")


def katakana_name(text: str, start: int) -> str | None:
    """The parts left whole of a foreign person's name written in katakana, its parts joined by a middle dot (given
    name・surname: ``マリア・ガルシ\ufffd氏``, ``ジョン・スミ\ufffd``), where the gap at ``text[start]`` stands in one part and
    every other part is a person's name to Sudachi alone (固有名詞-人名: マリア, ジョン; a term's parts, ソーシャル・
    ネットワーク, a place's, ニューヨーク・マンハッタン, are none); else ``None``. Helper name72 (issue 19 point 4): such a
    name before 氏 was offered ン, ス, ア (a kana may stand before an honorific, :func:`kana_before_honorific`, but not
    inside a katakana name), and a letter inside one was committed by repetition from another word (session 60's
    rule for a place's katakana name).

    >>> s = "マリア・ガルシ\ufffd氏が講演した。"; katakana_name(s, s.index(GAP))
    'マリア'
    >>> s = "ソーシャル・ネットワ\ufffdク"; katakana_name(s, s.index(GAP)) is None
    True
    """
    line_start, line = _line_at(text, start)
    at = start - line_start
    run = next((m for m in _KATAKANA_NAME_RUN.finditer(line) if m.start() <= at < m.end()), None)
    if run is None:
        return None
    parts = re.split("[・･]", run.group(0))
    whole = [p for p in parts if GAP not in p]
    if not whole or len(whole) == len(parts) or not all(len(p) >= 2 and _person_name_word(p) for p in whole):
        return None
    return "・".join(whole)


def kana_before_honorific(left: str, right: str) -> bool:
    """The gap stands directly before an honorific (``田中\ufffdさん``) or opens the name before one
    (``\ufffd子様``): a kana may stand there as well as a name's letter (``お子様``, a given name in hiragana), so the
    gap is offered its candidates, never filled (:meth:`pipeline.restore.Restorer.decide_run`); a gap inside the
    name (``田\ufffd中様``) abstains with none.

    >>> kana_before_honorific("田中", "さんが"), kana_before_honorific("", "子様の"), kana_before_honorific("田", "中様")
    (True, True, False)
    >>> kana_before_honorific("市", "の皆様")
    False
    >>> kana_before_honorific("石川敏", "さんが")  # inside the given name (fresh-user trial 71)
    False
    """
    if not before_honorific(left, right) or _HONORIFIC_NEXT.match(right) is None or name_head_read(left):
        return False
    if katakana_name(left + GAP + right, len(left)) is not None:
        return False  # the last letter of a katakana name's part (``マリア・ガルシ\ufffd氏``): no kana stands there
    return bool(HONORIFIC_RE.match(right)) or not _NAME_HEAD.search(left).group(0)


_SHI_AFTER = lazyre.compile(r"^氏(?!名)")
"""The honorific 氏 right after the gap (``吉\ufffd氏より``), never the word 氏名 (a form's "full name")."""
_KANJI_RUN_END = lazyre.compile(r"(?:^|[^\u3400-\u9fff々])([\u3400-\u9fff々]{1,2})$")
"""One or two kanji closing the text before the gap, opening after a letter of another kind or the line's start."""


def surname_before_shi(left: str, right: str, fills: Sequence[str]) -> bool:
    """The gap closes a surname of two or three kanji directly before the honorific 氏 (``会計の吉\ufffd氏より``): the
    kanji before it open after a letter of another kind, and the verdict's best fill (``fills``, best first) joins them
    into one proper noun Sudachi reads as a person's or a place's (固有名詞-人名-姓, 固有名詞-地名: 岡山), or one of the
    next two into a surname. 氏 follows a person's surname in formal prose, no
    kinship word nor a kana (unlike さん: ``叔\ufffdさん`` may be 叔母, ``田中\ufffdさん`` a given name's kana, session
    44's decision), so the gap is a name's letter: held with no candidate. Fresh-user trial 73 (a neighbourhood
    association's minutes: 吉村 offered 本, 木, 田 at 0.80).

    >>> surname_before_shi("会計の吉", "氏より説明", ["田", "本"]), surname_before_shi("監査の岡", "氏より", ["本"])
    (True, True)
    >>> surname_before_shi("この", "氏名欄", ["同"]), surname_before_shi("報告では", "氏が", ["同"])
    (False, False)
    >>> surname_before_shi("会計の吉", "さんより", ["田"]), surname_before_shi("会計の吉", "氏より", ["は"])
    (False, False)
    """
    if not fills or not fills[0] or _SHI_AFTER.match(right) is None:
        return False
    m = _KANJI_RUN_END.search(left)
    if m is None or not all("\u3400" <= c <= "\u9fff" or c == "々" for c in fills[0]):
        return False
    from pipeline.sudachi import tokenizer

    def reads(fill: str, kinds: tuple[str, ...]) -> bool:
        morphemes = tokenizer("C").tokenize(m.group(1) + fill)
        return len(morphemes) == 1 and morphemes[0].part_of_speech()[1] == "固有名詞" \
            and morphemes[0].part_of_speech()[2] in kinds and morphemes[0].part_of_speech()[3] in ("姓", "一般", "*")

    # the best fill a proper noun, a person's or a place's (岡山, 吉田: many surnames are places' names, and a place
    # is never 氏's), or a surname among the first three
    return reads(fills[0], ("人名", "地名")) or any(f and reads(f, ("人名",)) for f in fills[1:3])


_FAMILY_AFTER = lazyre.compile(r"^家(?:に|の|は|が|を|で|と|へ|も|から|より|まで)")
"""家 right after the gap as a family's name takes it, a particle after it (``瀬\ufffd家に``); not 家族, 家屋, 家庭."""
FAMILY_FILLS = 5
"""The first fills :func:`family_name_before_ie` reads for a common word: as many as a verdict shows."""


def family_name_before_ie(left: str, right: str, fills: Sequence[str]) -> str | None:
    """The gap closes a family's name before 家 in running text (``その年の冬、瀬\ufffd家に``: 瀬川家, the Segawa
    family), given the verdict's ``fills`` best first: one or two kanji open after a letter of another kind before the
    gap, 家 and a particle follow it, and no fill among the first :data:`FAMILY_FILLS` makes with the kanji before it
    a common noun Sudachi reads as one word ending in 家 (普通名詞: 専門家, 政治家, 国家, 農家, 旧家), nor, after a
    word of two kanji or more, a common 〜家 of its own (``兼業\ufffd家``: 兼業 + 農家), and none is a kana (``母\ufffd家に``:
    の家). A family's name is a surname: never filled (docs/restore.md, names). Returns the name's run with the gap
    (``瀬\ufffd家``), else ``None``. Issue 19 point 4, session 80 (``瀬\ufffd家に`` had been offered 戸 and 旧 first).

    >>> family_name_before_ie("その年の冬、瀬", "家に一通の", ["戸", "国", "門", "川", "名"])
    '瀬\ufffd家'
    >>> family_name_before_ie("農業の専", "家の意見", ["門", "用", "国"]), family_name_before_ie("世代から政", "家を目指す", ["治", "府"])
    (None, None)
    >>> family_name_before_ie("、兼業", "家が多い", ["農", "作"]), family_name_before_ie("母", "家に行く", ["の", "国"])
    (None, None)
    >>> family_name_before_ie("その年の冬、瀬", "家族に", ["戸"]), family_name_before_ie("この国の", "家に", ["実"])
    (None, None)
    """
    if not fills or _FAMILY_AFTER.match(right) is None:
        return None
    m = _KANJI_RUN_END.search(left)
    if m is None:
        return None
    run = m.group(1)
    fills = [f for f in fills[:FAMILY_FILLS] if f]
    if not fills or any(re.fullmatch(f"[{HIRAGANA}]+", f) for f in fills):
        return None
    from pipeline.sudachi import tokenizer

    def common(word: str) -> bool:
        morphemes = tokenizer("C").tokenize(word)
        return len(morphemes) == 1 and morphemes[0].part_of_speech()[:2] == ("名詞", "普通名詞")

    modifier = len(run) >= 2 and common(run)
    for fill in fills:
        if not all("\u3400" <= c <= "\u9fff" or c == "々" for c in fill):
            return None  # a mark or a Latin letter: no name's shape
        if any(common(run[-k:] + fill + "家") for k in range(1, len(run) + 1)) or (modifier and common(fill + "家")):
            return None
    # nor a common word the dictionary has there that no fill shown reached (``小\ufffd家``: 小説家, whose 説 the
    # character model ranked below five others; measured on the word lists' 〜家 nouns, docs/restore.md)
    from pipeline.restore import resources

    index = resources.word_index()
    if any(common(word) for k in range(1, len(run) + 1) for word in index.match(run[-k:] + "?家")) \
            or (modifier and any(common(word) for word in index.match("?家"))):
        return None
    return run + GAP + "家"


OPENED_FILLS = 5
"""Candidates (the most a verdict shows) :func:`opened_surname` completes the name with."""
OPENED_SURNAME_FILLS = 3
"""The first fills of which one completing a surname holds the name where the best makes a common word
(``会長の\ufffd橋様``: 吊 first, 高 third); further down the list a rare surname turns up by chance (``\ufffd長先生``:
翁長 fifth, for 校長)."""


def opened_surname(left: str, right: str, fills: Sequence[str]) -> bool:
    """The gap opening the name before an honorific or a title (``担任の\ufffd野寺先生``, ``と\ufffd本先生``, offered by
    :func:`kana_before_honorific` or :func:`kana_before_title`) stands in a surname, given the verdict's ``fills``
    best first: the best fill makes no common word with the name's letters after it (Sudachi reads the word it opens
    as a surname, 小野寺, or another proper noun or none it knows, 日本: a proper noun glued before an honorific is a
    person's), and no kana among the first :data:`OPENED_FILLS` fills joins those letters into a common word
    (``お子様``). A common word (``校長先生``, ``看護師さん``), a kana there (``お子様``, ``は田中教授``), or a gap directly
    before the honorific after a name's letters (``田中\ufffdさん``: a given name's kana may end there) leave the gap
    offered, as session 44 decided. Helper hon72, fresh-user trial 72d (issue 19 point 4: 小 .60 citing 小野寺 and
    日 .77 had been offered).

    >>> opened_surname("担任の", "野寺先生と", ["小", "荒", "重"]), opened_surname("と", "本先生です", ["日", "に", "基"])
    (True, True)
    >>> opened_surname("", "子様の", ["金", "お"]), opened_surname("", "長先生", ["校", "日"])
    (False, False)
    >>> opened_surname("田中", "さんが", ["君", "く"])  # directly before the honorific: session 44's kana
    False
    >>> opened_surname("", "田中教授", ["か", "山"])  # a kana before a whole name (は田中教授)
    False
    """
    if _NAME_HEAD.search(left).group(0):
        return False
    m = _HONORIFIC_NEXT.match(right)
    if m is not None:
        tail = m.group(0)[: len(m.group(0)) - len(HONORIFIC_RE.search(m.group(0)).group(0))]
    else:
        t = _TITLE_AFTER_NAME.match(right)
        if t is None:
            return False
        tail = t.group(1)
    fills = [f for f in fills[:OPENED_FILLS] if f]
    # the best fill joins the letters after it into a proper noun (小野寺, 日本); read alone (多く\ufffd皆様: の) it
    # leaves them a word of their own (皆様), or makes a common word with them (校長先生)
    if not tail or GAP in tail or not fills:
        return False
    best = _opened_word(fills[0] + tail, len(fills[0]))
    # or, the best fill no kana, another fill completes a surname (会長の\ufffd橋様: 吊 first, 高 of 高橋 third)
    if best not in ("surname", "proper") and (re.fullmatch(f"[{HIRAGANA}]+", fills[0]) or not any(
            _opened_word(f + tail, len(f)) == "surname" for f in fills[1:OPENED_SURNAME_FILLS])):
        return False
    # a kana may stand there where it joins the letters after it into a word (お子様) or is a particle before a whole
    # name (は田中教授), not a particle before a name's last letters alone (に本先生) nor a kana read alone (み野寺)
    whole = _person_name_word(tail)
    return not any(re.fullmatch(f"[{HIRAGANA}]+", f) and _opened_word(f + tail, len(f)) in (("common", "particle") if whole else ("common",))
                   for f in fills)


BEAUTIFYING_PREFIXES = ("お", "ご")
"""The prefixes of polite speech (美化語) written in kana before a noun and its honorific (お子様, ご主人様)."""


def _opened_word(word: str, fill: int) -> str:
    """How Sudachi reads the morpheme opening ``word`` whose first ``fill`` letters are a fill: ``"surname"``
    (固有名詞-人名-姓), ``"proper"`` (another proper noun), ``"common"`` (a word no proper noun joining the fill to
    the letters after it: 基本, お子), ``"particle"`` (the fill a particle of its own: は, に), or ``"alone"`` (another
    morpheme of its own: 日 read alone, み)."""
    from pipeline.sudachi import tokenizer

    morphemes = tokenizer("C").tokenize(word)
    pos = morphemes[0].part_of_speech()
    if pos[1] == "固有名詞":
        return "surname" if pos[2] == "人名" and pos[3] == "姓" else "proper"
    if len(morphemes[0].surface()) > fill:
        return "common"
    # a prefix joins the word after it (お + 子 of お子様)
    # a beautifying prefix joins the word after it (お + 医者 of お医者さん, ご + 主人 of ご主人様); Sudachi reads other
    # kana as a prefix where none stands (み + 野寺 of み野寺: trial 72d's fill for 小野寺)
    if word[:fill] in BEAUTIFYING_PREFIXES and pos[0] == "接頭辞" and len(morphemes) > 1 \
            and morphemes[1].part_of_speech()[1] != "固有名詞":
        return "common"
    return "particle" if pos[0] == "助詞" else "alone"


NAME_PART_MAX = 4
"""Letters (lost glyphs included) a surname or a given name has at most when a space parts the two."""
_GIVEN_BEFORE_HONORIFIC = lazyre.compile(
    f"^([{_NAME_CHARS}]*)[ \u3000]([{_NAME_CHARS}]{{1,{NAME_PART_MAX}}}?|[{HIRAGANA}]{{2,{NAME_PART_MAX}}}?)"
    f"(?:{HONORIFIC_RE.pattern})(?![{KANJI}])")


def _surname_before(left: str, right: str) -> bool:
    """The gap stands in the surname of a name whose given name, after one space, runs into an honorific
    (``組合長である\ufffd本 \ufffd男氏``, ``\ufffd田 健様``): the whole name is the name the honorific follows, not only the
    part touching it (issue 19, point 4; trial 44 offered 。, 日, 基 for the surname of ``\ufffd本 \ufffd男氏``, whose given
    name already abstained).

    The surname is the run of name characters around the gap (at most :data:`NAME_PART_MAX`); the given name,
    at most as long, holds a lost glyph or is a person's name to Sudachi (固有名詞-人名, a surname's reading too: a
    name is never filled, so a department before a person's name, ``営業\ufffd 田中様``, is left alone as well): a word
    that is no name (``東京\ufffd 皆様``) or a particle between (``市\ufffdの 皆様``) says the honorific is someone else's.

    >>> _surname_before("組合長である", "本 \ufffd男氏から"), _surname_before("", "田 健様"), _surname_before("東京", " 皆様")
    (True, True, False)
    >>> _surname_before("市", "の 皆様"), _surname_before("組合長", "本 和男氏")
    (False, False)
    >>> _surname_before("", "本 さくらさん"), _surname_before("市", " みなさん")  # a given name in hiragana; 皆さん
    (True, False)
    >>> _surname_before("として", "田 葵さんと"), _surname_before("と大", " 遼さんが")  # read as names before さん
    (True, True)
    """
    m = _GIVEN_BEFORE_HONORIFIC.match(right)
    if m is None:
        return False
    surname = len(_NAME_HEAD.search(left).group(0)) + 1 + len(m.group(1))
    given = m.group(2)
    if surname > NAME_PART_MAX:
        return False
    if re.fullmatch(f"[{HIRAGANA}]+", given):
        # a given name in hiragana: Sudachi reads it as a person's name before its honorific (さくら of さくらさん,
        # a common noun alone), not みな of みなさん
        return _person_name_word(given, m.group(0)[m.end(2):])
    # a given name Sudachi reads as a person's only before its honorific (葵 a common noun alone, 遼 a place: helper
    # ref72, fresh-user trial 72's ``\ufffd田 葵さん``, ``大\ufffd 遼さん`` had been offered candidates)
    return GAP in given or _person_name_word(given) or _person_name_word(given, m.group(0)[m.end(2):])


_LATIN_WORD = f"[{HALFWIDTH_LATIN}'’\\-{GAP}]"
_NAME_TITLE_BEFORE = lazyre.compile(
    f"(?<![{HALFWIDTH_LATIN}])(?:(?:{'|'.join(sorted(NAME_TITLES, key=len, reverse=True))})\\.?"
    f"|(?i:{'|'.join(sorted(NAME_POSTS, key=len, reverse=True))}))[ \u00a0]+"
    f"(?:(?:[{HALFWIDTH_LATIN_UPPER}]{_LATIN_WORD}*|[{HALFWIDTH_LATIN_UPPER}]\\.)[ \u00a0]+){{0,2}}$")


def after_name_title(left: str, right: str) -> bool:
    """English: the gap stands in a capitalised word that follows a title a name follows (``Dr``, ``Mrs``,
    ``Prof.``, ``Cllr.``: :data:`pipeline.english_words.NAME_TITLES`) or a post written out before its holder's name
    (``Mayor``, ``Councillor``, ``board chair``: :data:`~pipeline.english_words.NAME_POSTS`), directly or after one or two more of the name's words
    (``Dr Anna M\ufffdller``); the counterpart of a Japanese name before its honorific. Not ``Professor``, a post as
    often as a title (``Assistant Professor Search``, a heading of the text corpus).

    >>> after_name_title("said Dr M", "ller and"), after_name_title("Prof. Anna ", "bers"), after_name_title("Mrs ", "nk")
    (True, True, True)
    >>> after_name_title("Assistant Professor S", "arch")
    False
    >>> after_name_title("Cllr. J", "nes agreed"), after_name_title("the board chair N", "ir said"), after_name_title("Mayor Anna ", "ng")
    (True, True, True)
    >>> after_name_title("the chair s", "ood"), after_name_title("Chairs ", "tand")
    (False, False)
    >>> after_name_title("Dr Weber's m", "del"), after_name_title("the ", "ller")
    (False, False)
    """
    word = re.search(f"{_LATIN_WORD}*$", left).group(0)
    if word and not (word[0].isupper() or word[0] == GAP):
        return False
    if not word and right[:1].isalpha() and not right[:1].islower():
        return False  # the gap opens a word of capitals (``DR``): no lost capital to tell
    return _NAME_TITLE_BEFORE.search(left[: len(left) - len(word)]) is not None


_LABEL = "|".join(re.escape(f) for f in sorted(PEOPLE_FIELDS, key=len, reverse=True))
_PEOPLE_FIELD = lazyre.compile(f"(?:^|(?<=[\\s(（]))({_LABEL})[ \u3000]*[:：][ \u3000]*", re.IGNORECASE)
_CONTACT_LABEL_JA = "|".join(re.escape(f) for f in sorted(CONTACT_FIELDS, key=len, reverse=True) if not f.isascii())
_SPACED_CONTACT = lazyre.compile(f"(?:^|(?<=[\\s(（]))({_CONTACT_LABEL_JA})[ \u3000]+(?=\\S)")
"""A Japanese contact label set off by a space, no colon (``…振興課　担当 \ufffd藤``, trial 55b: the name after it had
candidates): the field as with a colon."""
_NEXT_FIELD = lazyre.compile("[^\\s:：,、，;()（）]+[ \u3000]*[:：]")
"""Where a field's value ends: the next word before a colon (``… Sam Whitby Apologies: Grace Ito``, a field joined
on; ``7:00`` ends it too, harmlessly)."""
_ITEM_SEPARATOR = lazyre.compile("[,;、，;／/]|\\band\\b|&")
_ASIDE = lazyre.compile("[(（][^()（）]*[)）]")
_MARKS = lazyre.compile("[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰※0-9]+$")
_JA_NAME_TOKEN = lazyre.compile(f"[{KANJI}{KATAKANA}{HIRAGANA}・{GAP}]{{1,6}}")
_LATIN_NAME_WORD = lazyre.compile(f"[{HALFWIDTH_LATIN_UPPER}{GAP}]{_LATIN_WORD}*")
_INITIAL = lazyre.compile(f"[{HALFWIDTH_LATIN_UPPER}]\\.(?:-?[{HALFWIDTH_LATIN_UPPER}]\\.)*")
NAME_WORDS = 5
"""Words an English item of a list of people has at most (a title, initials and a name's words)."""
LIST_ENDS = (",", "、", "，", ";", "・", "&", " and")
"""How a line of a list of people ends when the list goes on over the next line."""


_BRACKETED_LABEL = lazyre.compile(f"(?:^[ \t\u3000■□◆◇●○◎・]*[（(]|[【〔［])({_LABEL})[】〕］）)][ \u3000]*(?=\\S)")
"""A people's field's label in brackets before its value (``【担当】市民課　鈴木``, ``（担当）総務課　佐藤`` opening
its line: segment's :func:`pipeline.segment.labels.contact_lead`): the field as with a colon (helper name72)."""


def _value_end(text: str, start: int) -> int:
    """Where a field's value that opens at ``start`` ends: at the next field (:data:`_NEXT_FIELD`) or at a closing
    bracket no bracket of the value opened (``（担当：\ufffd井）``: the brackets hold the field, helper name72; the
    closing bracket had been read as part of the name, and the name as none), whichever comes first."""
    nxt = _NEXT_FIELD.search(text, start)
    end = nxt.start() if nxt is not None else len(text)
    depth = 0
    for k in range(start, end):
        if text[k] in "（(【〔［":
            depth += 1
        elif text[k] in "）)】〕］":
            if depth == 0:
                return k
            depth -= 1
    return end


def _fields(text: str, continued: str | None, inquiries: bool = False) -> list[tuple[str, int, int]]:
    """The people's fields of ``text``: ``(label, value start, value end)``; ``continued``: the label of the field
    the text opens inside (the line before ended in the middle of its list). ``inquiries``: a contact block's
    headings set as a field's label (``問い合わせ先：…``, ``Contact: …``: :func:`_inquiry_fields`) count too."""
    found = [(m.group(1), m.end()) for m in _PEOPLE_FIELD.finditer(text)]
    found += [(m.group(1), m.end()) for m in _SPACED_CONTACT.finditer(text) if all(m.end() != at for _, at in found)]
    found += [(m.group(1), m.end()) for m in _BRACKETED_LABEL.finditer(text) if all(m.end() != at for _, at in found)]
    if inquiries:
        found += [(m.group(1) or m.group(2), m.end()) for m in _inquiry_fields().finditer(text) if all(m.end() != at for _, at in found)]
    found.sort(key=lambda f: f[1])
    if continued:
        found.insert(0, (continued, 0))
    return [(label, start, _value_end(text, start)) for label, start in found]


@lru_cache(maxsize=1)
def _inquiry_fields() -> re.Pattern:
    """A contact block's heading (segment's :data:`pipeline.segment.labels.CONTACT_HEADINGS`: ``問い合わせ先``,
    ``お問い合わせ``, ``連絡先``, ``Contact``, ``Media contact``, ``Enquiries``) set as a field's label: before a colon, or
    in brackets before its value (``【問い合わせ先】市民課　鈴木``)."""
    from pipeline.segment.labels import CONTACT_HEADINGS

    words = "|".join(re.escape(h) for h in sorted(CONTACT_HEADINGS, key=len, reverse=True))
    return re.compile(f"(?:(?:^|(?<=[\\s(（■□◆◇●・]))({words})[ \u3000]*[:：]|[【〔［]({words})[】〕］])[ \u3000]*",
                      re.IGNORECASE)


def _name_item(item: str, offset: int) -> bool:
    """The item of a list of people is a person's name by its shape, and the gap at ``offset`` stands in it outside
    a bracketed aside (``Helen Okafor (Chair)``, ``森委員``, ``山田 太郎``): English, a title, initials, particles
    and capitalised words, the gap in a capitalised one (a lost capital too); Japanese, up to three tokens of
    letters, a job title or an honorific on the last one aside. An organisation's name is none (segment's
    :func:`~pipeline.segment.organisations.is_organisation`: ``Harbour School Board`` among those present)."""
    if any(m.start() <= offset < m.end() for m in _ASIDE.finditer(item)):
        return False
    item = _ASIDE.sub(lambda m: " " * len(m.group(0)), item)
    from pipeline.segment.organisations import is_organisation

    if is_organisation(item.strip()):
        return False  # a body the list names beside its people (``Harbour School Board``, ``港町市役所``): review of 2 December
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", item)]
    if not words:
        return False
    if re.search(f"[{HALFWIDTH_LATIN}]", item):
        if len(words) > NAME_WORDS:
            return False
        for start, w in words:
            w = _MARKS.sub("", w)
            inside = start <= offset < start + len(w)
            if _LATIN_NAME_WORD.fullmatch(w) and re.search(f"[{HALFWIDTH_LATIN}]", w):
                continue
            if inside or not (w.rstrip(".") in NAME_TITLES or _INITIAL.fullmatch(w) or w in NAME_PARTICLES):
                return False
        return any(start <= offset < start + len(w) for start, w in words)
    if len(words) > 3:
        return False
    for start, w in words:
        w = _MARKS.sub("", w)
        w = re.sub(f"(?:{HONORIFIC_RE.pattern}|{JOB_TITLE_RE.pattern})$", "", w) or w
        if not _JA_NAME_TOKEN.fullmatch(w) and not JOB_TITLE_RE.fullmatch(w):
            return False
    return not _department_before_name(words, offset)


DEPARTMENT_ENDINGS = "課係室班局"
"""Last letters of a department's or a section's name (``都市計画課``, ``広報係``, ``企画室``), never of a Japanese
surname or given name (``部`` ends 阿部 and 服部, so it is left to segment's :func:`is_organisation`)."""


def _department_before_name(words: list[tuple[int, str]], offset: int) -> bool:
    """The gap at ``offset`` stands in a Japanese item's word that is no part of the person's name: an organisation
    or a department (``担当：都市計\ufffd課 森 玲奈``), or the first of three words whose last is no post (a name has two
    halves, so ``広報\ufffd 森 玲奈`` names its section first; ``山田 太郎 委員`` is a name and its post)."""
    from pipeline.segment.organisations import is_organisation

    for k, (start, w) in enumerate(words):
        if not start <= offset < start + len(w):
            continue
        w = _MARKS.sub("", w)
        if w[-1:] in DEPARTMENT_ENDINGS or is_organisation(w):
            return True
        return k == 0 and len(words) == 3 and not JOB_TITLE_RE.search(_MARKS.sub("", words[-1][1]))
    return False


def listed_name(text: str, start: int, continued: str | None = None) -> str | None:
    """The label of the field that lists people (:data:`pipeline.names.PEOPLE_FIELDS`) in whose list the gap at
    ``text[start]`` stands inside a name (:func:`_name_item`), else ``None``. ``continued``: the label of such a list
    the line before ended in (:func:`list_goes_on`), so the text opens inside it.

    >>> s = "Present: Ines Barros (Chair), Olu Ad\ufffdyemi, Kai Brandt (guest) Apologies: Rosa Lind"
    >>> listed_name(s, s.index(GAP)), listed_name("Kai Brandt, \ufffdrjan Holm", 12, continued="Present")
    ('Present', 'Present')
    >>> s = "出席者：森委員長、\ufffd川委員、田村 花子（記録）"; listed_name(s, s.index(GAP))
    '出席者'
    >>> s = "問い合わせ：港湾振興課　担当 \ufffd藤"; listed_name(s, s.index(GAP))  # a contact label set off by a space
    '担当'
    >>> s = "本事業の担当 \ufffd部署は"; listed_name(s, s.index(GAP)) is None
    True
    >>> s = "Venue: Room 4, Harbour Hall (caf\ufffd closed)"; listed_name(s, s.index(GAP)) is None
    True
    >>> s = "Present: all members of the b\ufffdard"; listed_name(s, s.index(GAP)) is None
    True
    >>> s = "Present: Ines Barros (Ch\ufffdir)"; listed_name(s, s.index(GAP)) is None  # the aside is no name
    True
    >>> s = "Present: Ines Barros, Harbour Sch\ufffdol Board"; listed_name(s, s.index(GAP)) is None  # an organisation
    True
    """
    for label, a, b in _fields(text, continued):
        if not a <= start < b:
            continue
        pos = a
        for m in [*_ITEM_SEPARATOR.finditer(text, a, b), None]:
            end = m.start() if m is not None else b
            if pos <= start < end:
                return label if _name_item(text[pos:end], start - pos) else None
            pos = m.end() if m is not None else b
    return None


OFFICE_ENDINGS = (*DEPARTMENT_ENDINGS, "部", "センター", "事務所", "支所", "事務局", "本部")
"""Last letters or words of an office's name before its staff member's in a contact (``市民課　鈴木``, ``企画部　佐藤``,
``国際交流センター　森``): :data:`DEPARTMENT_ENDINGS` and the words of an office a notice closes on."""
_PHONE_AFTER_NAME = lazyre.compile("[ \u3000、，,]*(?:電話|TEL|Tel|tel|ＴＥＬ|℡|内線|FAX|ＦＡＸ|ファクス)[ \u3000:：.．]*"
                                   "[0-9０-９(（][0-9０-９()（）\\-－−‐‑ー \u3000]*$")
"""A telephone number or an extension after the name it reaches (``市民課　小林　電話０４５−…``)."""


def _office_then_name(item: str, offset: int) -> bool:
    """A contact's item names its office, then the person who answers (``市民課　\ufffd藤``, ``さくら市環境課　ごみ対策係
    \ufffd村``, ``広報課　\ufffd木　電話…``), and the gap at ``offset`` stands in the name: one token of name letters
    (kanji, katakana, lost glyphs; at most four) after a token closing on an office's ending (:data:`OFFICE_ENDINGS`), a
    given name after it at most, a telephone number closing the item at most; a contact label between (``環境課　担当
    \ufffd田``) is passed over. A token closing on an office's ending itself (``総務\ufffd課``) or whose kept letters
    are a common noun to Sudachi (``窓口`` of ``市民課　窓口\ufffd``) is none."""
    item = _ASIDE.sub(lambda m: " " * len(m.group(0)), item)
    if (phone := _PHONE_AFTER_NAME.search(item)) is not None:
        if offset >= phone.start():
            return False
        item = item[: phone.start()]
    tokens = [(m.start(), m.group(0)) for m in re.finditer("[^ \u3000]+", item)]
    tokens = [(at, w) for at, w in tokens if w not in CONTACT_FIELDS]
    office = max((k for k, (_, w) in enumerate(tokens) if w.endswith(OFFICE_ENDINGS) and GAP not in w), default=None)
    if office is None or not 1 <= len(tokens) - office - 1 <= 2:
        return False
    name = tokens[office + 1:]
    shapes = (f"[{_NAME_CHARS}]{{1,{NAME_PART_MAX}}}", f"[{_NAME_CHARS}{HIRAGANA}]{{1,{NAME_PART_MAX}}}")
    if not all(re.fullmatch(shape, w) for shape, (_, w) in zip(shapes, name)):
        return False
    inside = next((w for at, w in name if at <= offset < at + len(w)), None)
    if inside is None or inside[-1] in DEPARTMENT_ENDINGS:
        return False
    return not any(len(kept) >= 2 and _common_noun(kept) for kept in inside.split(GAP))


@lru_cache(maxsize=1024)
def _common_noun(letters: str) -> bool:
    """Sudachi reads ``letters`` as one common noun (普通名詞: 窓口, 内線), no name."""
    from pipeline.sudachi import tokenizer

    morphemes = tokenizer("C").tokenize(letters)
    return len(morphemes) == 1 and morphemes[0].part_of_speech()[1] == "普通名詞"


def _english_contact_name(item: str, offset: int) -> bool:
    """An English contact's item is a person's name (``Contact: Aoi Sakura\ufffd (Tel …)``, ``Media contact: Kenji
    Wata\ufffdabe, Public Relations Division``): a name's shape (:func:`_name_item`: capitalised words, a title,
    initials), two words or more, and a person's name to segment (:func:`_english_person_name`), the gap in it."""
    if not re.search(f"[{HALFWIDTH_LATIN}]", item) or not _name_item(item, offset):
        return False
    words = [w for w in _ASIDE.sub(" ", item).split() if w.rstrip(".") not in NAME_TITLES]
    return len(words) >= 2 and _english_person_name(" ".join(words))


def contact_name(text: str, start: int, above: str = "") -> str | None:
    """The label of a contact's field, or ``"brackets"``, where the gap at ``text[start]`` stands in the name of the
    person to contact after their office, else ``None``: a contact block's heading set as a field's label
    (``問い合わせ先：市民課　\ufffd藤``, ``【問い合わせ先】…``, ``Contact: Aoi Sakura\ufffd (Tel …)``: segment's
    :data:`pipeline.segment.labels.CONTACT_HEADINGS`), or brackets that hold only an office and a name, a telephone
    number after it at most (``（広報課　\ufffd木）``, a press release's or a notice's closing contact). Helper name72
    (fresh-user trial 71d: ``（担当：\ufffd井）`` was offered 松 at 0.80; a label's brackets are
    :func:`listed_name`'s). Unlike a people's field (``担当：\ufffd田``), a contact's value names an office as often
    as a person, so a name counts only after its office (:func:`_office_then_name`); in English, a person's name to
    segment (:func:`_english_contact_name`).

    >>> s = "問い合わせ先：市民課　\ufffd藤（電話０２２−１２３−４５６７）"; contact_name(s, s.index(GAP))
    '問い合わせ先'
    >>> s = "（広報課　\ufffd木）"; contact_name(s, s.index(GAP)), contact_name("（市民課　窓口\ufffd）", 7)
    ('brackets', None)
    >>> s = "問い合わせ先：市民\ufffd"; contact_name(s, s.index(GAP)), contact_name("（広報\ufffd　鈴木）", 3)
    (None, None)

    So does a line of an office and a name alone under a contact heading (``【問い合わせ先】`` over ``市民課　\ufffd藤
    （電話…）``): the line before in ``text``, or ``above`` where the caller has it.

    >>> contact_name("【問い合わせ先】\\n市民課　\ufffd藤（電話０２２−１２３）", 14), contact_name("市民課　\ufffd藤", 4, above="記")
    ('問い合わせ先', None)
    """
    from pipeline.segment.labels import CONTACT_HEADING_CLOSERS, CONTACT_HEADING_OPENERS, is_contact_heading

    line_start, line = _line_at(text, start)
    at = start - line_start
    before = text[:line_start].rstrip("\n").rsplit("\n", 1)[-1] if line_start else above
    if before.strip() and is_contact_heading(before.strip()) and _office_then_name(line, at):
        return before.strip().strip(" \u3000" + CONTACT_HEADING_OPENERS + CONTACT_HEADING_CLOSERS)
    for label, a, b in _fields(line, None, inquiries=True):
        if not a <= at < b or label in PEOPLE_FIELDS:
            continue
        pos = a
        for m in [*_ITEM_SEPARATOR.finditer(line, a, b), None]:
            end = m.start() if m is not None else b
            if pos <= at < end:
                item, offset = line[pos:end], at - pos
                return label if _office_then_name(item, offset) or _english_contact_name(item, offset) else None
            pos = m.end() if m is not None else b
    inner = _brackets_at(line, at)
    if inner is not None and _office_then_name(inner[1], at - inner[0]):
        return "brackets"
    return None


def list_goes_on(text: str, continued: str | None = None) -> str | None:
    """The label of the field that lists people the text ends inside, after a comma (``Present: Ines Barros
    (Chair), Kai Brandt,``): the next line goes on with the list; else ``None``.

    >>> list_goes_on("Present: Ines Barros (Chair), Kai Brandt,"), list_goes_on("Present: Ines Barros")
    ('Present', None)
    >>> list_goes_on("We thanked everyone,"), list_goes_on("Olu Adeyemi, Kai Brandt,", continued="Present")
    (None, 'Present')
    """
    fields = _fields(text, continued)
    stripped = text.rstrip()
    return fields[-1][0] if fields and fields[-1][2] >= len(stripped) and stripped.endswith(LIST_ENDS) else None


_SPACE = lazyre.compile("[ \u3000]")
_NAME_HALF = lazyre.compile(f"[{KANJI}{KATAKANA}{HIRAGANA}{GAP}]{{1,4}}")
NAME_LINE_ITEMS = lazyre.compile("[、，,・]")


@lru_cache(maxsize=1024)
def _person_name_word(word: str, after: str = "") -> bool:
    """Sudachi reads ``word`` alone (or followed by ``after``, an honorific) as one word, a person's name
    (固有名詞-人名: 真理子, 佐藤; さくら before さん, a common noun alone)."""
    from pipeline.sudachi import tokenizer

    morphemes = tokenizer("C").tokenize(word + after)
    return (len(morphemes) == 1 or bool(after)) and morphemes[0].surface() == word \
        and morphemes[0].part_of_speech()[1:3] == ("固有名詞", "人名")


def name_line(text: str, start: int) -> str | None:
    """The half of a person's name the gap left whole, where the gap at ``text[start]`` stands in a line of names
    alone: surname and given name parted by one space, up to four letters each, an affiliation in brackets or a mark
    after it at most (``佐\ufffd 真理子（紙と本の工房 綴）``, several names parted by ``、``), and the other half a
    person's name to Sudachi (the gap's half no reader can vouch for), of two letters or more: Sudachi reads many a
    single kanji as a given name, and a word set letter-spaced (``顧 客``, ``勉 強``, ``致 谢`` in the text corpus)
    is two halves of one letter; else ``None``. A line of other words (``背\ufffd 真理子の手紙``) is no such line.

    >>> s = "\ufffd野 恵美子（北浜製本研究会）"; name_line(s, s.index(GAP))
    '恵美子'
    >>> s = "岡田 \ufffd（市立図書館）"; name_line(s, s.index(GAP)), name_line("出版 \ufffd子", 3), name_line("第\ufffd 真理子の手紙", 1)
    ('岡田', None, None)
    >>> name_line("顧 \ufffd", 2), name_line("江尻 \ufffd", 3), name_line("\ufffd尻 開", 0)
    (None, '江尻', None)

    A paper's line of authors as segment reads one counts too (:func:`_authors_beside`): the names set side by side,
    each closed by its affiliation's mark or parted by spaces wider than a name's own, one of them read whole.

    >>> s = "山本 彩花*1　松\ufffd 健太郎*2　Laura Bennett*1"; name_line(s, s.index(GAP))
    '山本 彩花'
    """
    beside = _authors_beside(text, start)
    if beside is not None:
        return beside
    body = _MARKS.sub("", text.rstrip()).rstrip()
    if body.endswith(("）", ")")):
        m = re.search("[(（][^()（）]*[)）]$", body)
        if m is None or start >= m.start():
            return None
        body = body[: m.start()].rstrip()
    pos, found = 0, None
    for item in NAME_LINE_ITEMS.split(body):
        lo, hi = pos, pos + len(item)
        pos = hi + 1
        halves = _SPACE.split(item.strip())
        if len(halves) != 2 or not all(_NAME_HALF.fullmatch(h) for h in halves):
            return None  # every item of the line is a name's two halves
        if lo <= start < hi:
            found = [h for h in halves if GAP not in h]
    return found[0] if found is not None and len(found) == 1 and len(found[0]) >= 2 and _person_name_word(found[0]) \
        else None


def _authors_beside(text: str, start: int) -> str | None:
    """A name read whole beside the gap at ``text[start]``, where the line is a paper's line of authors by segment's
    reading (:func:`pipeline.segment.names.marked_names`: each name closed by an affiliation's mark;
    :func:`~pipeline.segment.names.names_side_by_side`: names parted by spaces wider than a name's own) and the gap
    stands in one of its names; else ``None``. Trial 43: ``山本 彩花*1　松\ufffd 健太郎*2　Laura Bennett*1`` under a
    Japanese paper's title, whose surname was offered 本, 井, 竹 (issue 19 point 4: a recognised authors' field)."""
    from pipeline.model import Text
    from pipeline.segment.authors import split_authors
    from pipeline.segment.names import is_person_name as read_whole, marked_names, names_side_by_side

    if GAP not in text or len(text) > 120:
        return None
    line = Text.from_raw(text, 0)
    if marked_names(text):
        names = [name for name, _ in split_authors(line)]
    elif (spans := names_side_by_side(text)) is not None:
        names = [line[a:b] for a, b in spans]
    else:
        return None
    cols = [(name.origin[0][1], name.origin[-1][1] + 1, name.text) for name in names if name.text]
    if not any(a <= start < b for a, b, _ in cols):
        return None
    return next((t for a, b, t in cols if not a <= start < b and read_whole(t)), None)


# a paper's English line of authors (``José Martínez-Ruiz a,*, Hanna Lindqvist b``, ``Anna Smith¹ and Li Wei²``):
# each name two to four capitalised words (an initial, a hyphenated or accented part, a lost glyph allowed), closed by
# its affiliation's marks (a letter set apart by a space, a digit, ``*``, ``†``, a superscript, several joined by
# commas); names parted by commas, ``and`` or ``&``
_BYLINE_LETTER = f"[{HALFWIDTH_LATIN}\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f{GAP}]"
_BYLINE_WORD = (f"(?:[{HALFWIDTH_LATIN_UPPER}\u00c0-\u00d6\u00d8-\u00de{GAP}]\\.|"
                f"[{HALFWIDTH_LATIN_UPPER}\u00c0-\u00d6\u00d8-\u00de{GAP}]{_BYLINE_LETTER}*"
                f"(?:['’\\-][{HALFWIDTH_LATIN_UPPER}\u00c0-\u00d6\u00d8-\u00de{GAP}]?{_BYLINE_LETTER}+)*)")
_BYLINE_NAME = f"{_BYLINE_WORD}(?:[ \u00a0]+{_BYLINE_WORD}){{1,3}}"
_BYLINE_MARK = "(?:[a-h]|\\d{1,2}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰])"
_BYLINE_MARKS = (f"(?:[ \u00a0]?[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|\\d{{1,2}}|[ \u00a0][a-h]|[ \u00a0]?\\d{{1,2}}(?=[,\\s]|$))"
                 f"(?:,{_BYLINE_MARK}(?![{HALFWIDTH_LATIN}]))*")
_BYLINE_ITEM = lazyre.compile(f"({_BYLINE_NAME})({_BYLINE_MARKS})")
_BYLINE_SEP = lazyre.compile("(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+(?:and|&)[ \u00a0]+)")


def english_byline_name(text: str, start: int) -> str | None:
    """A name read whole beside the gap at ``text[start]``, where the line is a paper's English line of authors (two
    names or more, each closed by its affiliation's marks: a letter set apart by a space, ``a,*``, a digit, ``*``,
    ``†``, a superscript; :data:`_BYLINE_ITEM`) and the gap stands in one of its names; else ``None``. One name
    beside it must read as a person's name to segment (marks alone name no one). Fresh-user trial 71c: ``Jos\ufffd
    Mart\ufffdnez-Ruiz a,*, Hanna Lindqvist b, Tomasz Nowak a`` (segment's marks are glued or superscript, so no
    author line) was committed ``i`` in the surname at 0.992 on the English word list (issue 19 point 4: a person's
    name is never filled).

    >>> s = "Jos\ufffd Mart\ufffdnez-Ruiz a,*, Hanna Lindqvist b, Tomasz Nowak a"; english_byline_name(s, 3)
    'Hanna Lindqvist'
    >>> s = "Anna Sm\ufffdth\u00b9 and Peter Brown\u00b2"; english_byline_name(s, s.index(GAP))
    'Peter Brown'
    >>> english_byline_name("Urban Mob\ufffdlity a", 9), english_byline_name("a Departm\ufffdnt of Civil Engineering, Leeds", 9)
    (None, None)
    """
    if GAP not in text or len(text) > 200:
        return None
    body = text.strip()
    lead = len(text) - len(text.lstrip())
    items, pos = [], 0
    while True:
        m = _BYLINE_ITEM.match(body, pos)
        if m is None:
            return None
        items.append((lead + m.start(1), lead + m.end(1), m.group(1)))
        pos = m.end()
        if pos == len(body):
            break
        sep = _BYLINE_SEP.match(body, pos)
        if sep is None:
            return None
        pos = sep.end()
    if len(items) < 2 or not any(a <= start < b for a, b, _ in items):
        return None
    # imported where a line of names stands: segment's names are a tenth of a second of a process that meets none
    # (issue 19 point 5, session 82)
    from pipeline.segment.names import is_person_name as read_whole

    return next((t for a, b, t in items if GAP not in t and read_whole(t)), None)


def is_person_name(left: str, right: str) -> bool:
    """Plain text: the gap stands in a name (after a job title and a space, or directly before an honorific).

    >>> is_person_name("札幌市経済観光局国際部長 ", "田 ")
    True
    >>> is_person_name("札幌市の", "化の取り組み"), is_person_name("市", "の皆様のご協力")
    (False, False)
    """
    return after_job_title(left) or before_honorific(left, right)


def is_talk_number_line(text: str) -> bool:
    """Plain text: a line that is only a number (maybe lost) before a place name, the talk's number in the proceedings.

    In the talk stage segment says this (an abstention hint on the city line).

    >>> is_talk_number_line(" \ufffd\ufffd\ufffd函館市 ")
    True
    >>> is_talk_number_line("\ufffd\ufffd札幌市の提携都市との交流")
    False
    """
    return bool(PLACE_LINE.match(text)) and GAP in text


ILLEGIBLE_SHARE = 0.5
ILLEGIBLE_MIN = 8
"""A short heading with a lost number and a lost word (``3\ufffd1 松山城の\ufffd\ufffd\ufffd\ufffd``) is not illegible."""


def is_illegible(text: str) -> bool:
    """Most of the line's glyphs are lost: no context survives to restore any of them from.

    >>> is_illegible("○\ufffda\ufffdo\ufffdR\ufffdv\ufffd\ufffdrt\ufffd\ufffd\ufffd"), is_illegible("S\ufffd\ufffdbol of R\ufffd\ufffd\ufffd\ufffdton")
    (True, False)
    """
    chars = [c for c in text if not c.isspace()]
    lost = sum(c == GAP for c in chars)
    return lost >= ILLEGIBLE_MIN and lost / len(chars) >= ILLEGIBLE_SHARE


# an English signature's name: two to four capitalised words (a surname with an apostrophe or a hyphen, O’Connor,
# Patel-Jones; an initial, J.), lost glyphs standing for letters
_EN_NAME_WORD = (f"(?:[{HALFWIDTH_LATIN_UPPER}{GAP}](?:[{HALFWIDTH_LATIN}{GAP}]|['’\\-](?=[{HALFWIDTH_LATIN}{GAP}]))*"
                 f"|[{HALFWIDTH_LATIN_UPPER}]\\.)")
_EN_NAME_PART = f"{_EN_NAME_WORD}(?:[ \u00a0]+{_EN_NAME_WORD}){{1,3}}"
# the name, then its holder's post after a comma (``Margaret O’Connor, Chair``, ``…, Director of Highways``) or in
# brackets (``Anne-Marie Smith (Mayor)``), closing the line
_EN_NAME_POST_LINE = lazyre.compile(
    f"^[ \t]*({_EN_NAME_PART})(?:,[ \u00a0]+([^.;:!?()]{{1,80}}?)|[ \u00a0]*\\(([^()]{{1,60}})\\))[ \t]*$")
_EN_NAME_LINE = lazyre.compile(f"^[ \t]*({_EN_NAME_PART})[ \t]*$")
_LETTERS_FOR_GAP = "abcdefghijklmnopqrstuvwxyz"
_CLOSE_JOINED = lazyre.compile("^[ \t]*([^,\n]{2,40},)[ \u00a0]+")
# the end of a sentence before a name in a joined paragraph: a stop, then a space, then a capital (or a lost glyph)
_SENTENCE_END_BEFORE = lazyre.compile(f"(?<![{HALFWIDTH_LATIN_UPPER}])[.!?][”’\"')]?[ \u00a0]+(?=[{HALFWIDTH_LATIN_UPPER}{GAP}])(?!.*[.!?][ \u00a0]+[{HALFWIDTH_LATIN_UPPER}{GAP}])")


def _english_person_name(name: str) -> bool:
    """``name`` (lost glyphs in it) is a person's name to segment (:func:`pipeline.segment.names.is_person_name`) read
    with the one letter for its lost glyphs that makes the commonest English word of the word holding them
    (wordfreq's Zipf; a capital where a lost glyph opens a word): ``Margaret O’Conn\ufffdr`` as ``O’Connor``,
    ``Priya Patel-J\ufffdnes`` as ``Jones``; ``Annual Rep\ufffdrt`` read as ``Report`` and ``Riverside Garden
    Cl\ufffdb`` as ``Club`` are phrases. Segment takes a word it knows nothing of for a name's, so where no letter
    makes a word the gap's word is read with none (``Dr\ufffdgan`` as ``Drgan``)."""
    from pipeline.english_words import zipf
    from pipeline.segment.names import is_person_name

    if GAP not in name:
        return is_person_name(name)
    word = next(w for w in name.split() if GAP in w)

    def read(letter: str) -> str:
        return re.sub("(?:(?<=^)|(?<=[ \u00a0]))\ufffd", letter.upper(), name).replace(GAP, letter)

    def frequency(letter: str) -> float:
        return zipf(word.replace(GAP, letter).casefold())

    best = max(_LETTERS_FOR_GAP, key=frequency)
    return is_person_name(read(best) if frequency(best) > 0 else read(""))


def _english_post(post: str) -> bool:
    """``post`` opens on an English post (:func:`pipeline.names.english_post_words`: ``Chair``, ``Deputy Director of
    Finance``, ``Head Teacher``) or a civic office written out (:data:`pipeline.english_words.NAME_POSTS`: ``Mayor``,
    ``Councillor``)."""
    from pipeline.names import english_post_words

    words = post.replace(",", " ").split()
    if not words or not (english_post_words(words) > 0 or words[0].casefold() in NAME_POSTS):
        return False
    # a post and the body it is held in, every word capitalised but the small words of a name (``Chair of the
    # Friends of the Park``, ``Secretary, Westfield Allotment Society``): a clause goes on in lower case (``Chair of
    # the board, said that``, a wrapped sentence's line)
    return all(w[:1].isupper() or w[:1] in "&(" or w in _POST_SMALL_WORDS for w in words)


_POST_SMALL_WORDS = frozenset({"of", "the", "and", "for", "at", "in", "on", "to"})


def english_signature_name(text: str, start: int, above: str = "") -> bool:
    """English: the gap at ``start`` stands in a signer's name written on a line of its own, the counterpart of
    :func:`name_after_post`: the name before its post after a comma or in brackets (``Margaret O’Conn\ufffdr, Chair``,
    ``Tom O'Br\ufffden, Director of Highways``, ``Anne-Marie Sm\ufffdth (Mayor)``), or the name alone under a
    complimentary close (``Kind regards,`` / ``Sam Wh\ufffdte``: the line before in ``text``, or ``above`` where the
    caller has it: :func:`pipeline.segment.letters.is_closing`). Fresh-user trial 68c: ``Margaret O’Conn\ufffdr,
    Chair`` under a newsletter's "From the Chair" was offered o and e (connor, conner). The name is two to four
    capitalised words that segment reads as a person's name for some letter in the gap (:func:`_english_person_name`):
    a place or a body before a post (``L\ufffdeds, Chair of the Northern Panel``: one word; ``Riverside Garden
    Cl\ufffdb, Chair``), a heading's words (``Annual Rep\ufffdrt, Chair``) and prose (``… your supp\ufffdrt, Chair``) are none.

    >>> english_signature_name("Margaret O’Conn\ufffdr, Chair", 15), english_signature_name("Tom O'Br\ufffden, Director of Highways", 8)
    (True, True)
    >>> english_signature_name("Anne-Marie Sm\ufffdth (Mayor)", 13), english_signature_name("Kind regards,\\nSam Wh\ufffdte", 20)
    (True, True)
    >>> english_signature_name("Thanks to all. David \ufffdughes, Deputy Director of Finance", 21)  # a piece's joined lines
    True
    >>> english_signature_name("Thanks to all. Kind regards, Sam Wh\ufffdte", 31)
    True
    >>> english_signature_name("Tom H\ufffdghes, Chair of the board, said that", 5)  # a wrapped sentence's line
    False
    >>> english_signature_name("L\ufffdeds, Chair of the Northern Panel", 1), english_signature_name("Annual Rep\ufffdrt, Chair", 10)
    (False, False)
    >>> english_signature_name("Thank you all for your pat\ufffdence, Chair", 26), english_signature_name("Sam Wh\ufffdte", 6)
    (False, False)
    """
    line_start, line = _line_at(text, start)
    # a talk's piece holds its paragraph's lines joined by spaces: a signature joined to the paragraph it closes
    # (``… this season. David \ufffdughes, Deputy Director of Finance``) opens after the last sentence's end
    if (sentence := _SENTENCE_END_BEFORE.search(line, 0, start - line_start)) is not None:
        line_start += sentence.end()
        line = line[sentence.end():]
    m = _EN_NAME_POST_LINE.match(line)
    if m is not None and line_start + m.start(1) <= start < line_start + m.end(1):
        from pipeline.restore.evidence.prose_name import gapped_name_cell

        # a given name and a surname whatever the word list makes of the gap's word (``Peter Lum\ufffdy, Secretary``,
        # *lumpy*: helper rnames79), as a table's cell is read
        return _english_post(m.group(2) or m.group(3)) and (_english_person_name(m.group(1))
                                                            or gapped_name_cell(m.group(1)) is not None)
    if (close := _CLOSE_JOINED.match(line)) is not None and _is_closing(close.group(1)):
        # the close and the name under it joined in one piece (``… this season. Kind regards, Sam Wh\ufffdte``)
        line_start += close.end()
        line = line[close.end():]
        before = close.group(1)
    else:
        before = text[:line_start].rstrip("\n").rsplit("\n", 1)[-1] if line_start else above
    m = _EN_NAME_LINE.match(line)
    if m is None or not line_start + m.start(1) <= start < line_start + m.end(1):
        return False
    return bool(before.strip()) and _is_closing(before) and _english_person_name(m.group(1))


def _is_closing(text: str) -> bool:
    """:func:`pipeline.segment.letters.is_closing`, imported where a close may stand: not for a line that no English
    close or name fits (``letters`` compiles its patterns at import, a twentieth of a second of a ``pipeline restore -``
    process on a Japanese line; issue 19 point 5, session 82)."""
    from pipeline.segment.letters import is_closing

    return is_closing(text)


# the gap's word in an English name: letters and lost glyphs (an apostrophe or a hyphen inside, O’Connor, Patel-Jones)
_EN_GAP_WORD_LEFT = lazyre.compile(f"(?:[{HALFWIDTH_LATIN}{GAP}]|['’\\-](?=[{HALFWIDTH_LATIN}{GAP}]))*$")
_EN_GAP_WORD_RIGHT = lazyre.compile(f"(?:[{HALFWIDTH_LATIN}{GAP}]|['’\\-](?=[{HALFWIDTH_LATIN}{GAP}]))*")
# a given name written out before the gap's word, a middle initial between them at most (``Maria T. Jen\ufffdins``)
_GIVEN_BEFORE = lazyre.compile(
    f"(?<![{HALFWIDTH_LATIN}{GAP}'’\\-.])([{HALFWIDTH_LATIN_UPPER}][a-z\u00df-\u00f6\u00f8-\u00ff]+"
    f"(?:-[{HALFWIDTH_LATIN_UPPER}][a-z\u00df-\u00f6\u00f8-\u00ff]+)?)"
    f"(?:[ \u00a0]+[{HALFWIDTH_LATIN_UPPER}]\\.)?[ \u00a0\n]+$")
# a surname written out after the gap's word (``Mar\ufffda Jenkins``)
# (accented letters and a double surname's second half too, ``Jos\ufffd Martínez-Ruiz``: fresh-user trial 71c, helper
# fix71d; the census is read with the accents folded)
_SURNAME_AFTER = lazyre.compile(f"^[ \u00a0\n]+([{HALFWIDTH_LATIN_UPPER}][a-z\u00df-\u00f6\u00f8-\u00ff]+"
                                f"(?:-[{HALFWIDTH_LATIN_UPPER}][a-z\u00df-\u00f6\u00f8-\u00ff]+)?)"
                                f"(?![{HALFWIDTH_LATIN}{GAP}'’\\-])")


def _folded(word: str) -> str:
    """``word`` with its accents dropped (``Martínez`` → ``Martinez``, ``José`` → ``Jose``): the US Census 1990 lists
    names without them."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _census_surname(word: str) -> bool:
    """``word`` (accents folded) is a surname of the US Census 1990 beating its share as a word by
    :data:`pipeline.segment.names.CENSUS_SURNAME_MARGIN` (``Martinez``, ``Ruiz``, ``Jones``; not ``Park``)."""
    from pipeline.segment.names import CENSUS_SURNAME_MARGIN, _census_lists
    from pipeline.segment.names import zipf as word_zipf

    w = _folded(word)
    return _census_lists()[1].get(w.upper(), -1.0) > word_zipf(w.lower()) + CENSUS_SURNAME_MARGIN


# months the census lists as given names: a date before a capitalised word (``12 April Hill climb``, ``4 June Fete``)
_MONTHS = frozenset({"april", "may", "june", "july", "august",
                     # and a date's abbreviations (``Date: Thu Jul 13 …``, a change log's: Thu a census given name too;
                     # helper name72's masks of /usr/share/doc), but those a person bears as often (Jan Kratochvil,
                     # Jun, Sun)
                     "mon", "tue", "wed", "thu", "fri", "sat", "feb", "mar", "apr", "jul", "aug", "sep", "sept",
                     "oct", "nov", "dec"})
# a word in capitals (``JENKINS``, ``O'BRIEN``), read in title case where the gap's word is in capitals too
_CAPITALS_WORD = lazyre.compile(f"(?<![{HALFWIDTH_LATIN}{GAP}])[{HALFWIDTH_LATIN_UPPER}]{{2,}}(?:['’\\-][{HALFWIDTH_LATIN_UPPER}]+)*"
                                f"(?![{HALFWIDTH_LATIN}{GAP}])")
# a capitalised word directly before the gap's word (``Parish Clerk, Little Ha\ufffdden``, ``LITTLE HA\ufffdDEN``)
_WORD_BEFORE = lazyre.compile(f"(?<![{HALFWIDTH_LATIN}{GAP}'’\\-.])([{HALFWIDTH_LATIN_UPPER}][a-z]+)[ \u00a0]+$")
# where that word opens its sentence (``Yesterday Mar\ufffda Jenkins said``) it may be any word; a line in capitals
# tells no sentence's start (``LITTLE HA\ufffdDEN PARISH COUNCIL``)
_OPENS_SENTENCE = lazyre.compile("(?:^|[.!?:;][\"”’')]?|[\"“‘(\\[])[ \u00a0\n]*$")
# words that address or greet the person named after them (``Dear Mar\ufffda Jenkins``, ``Thank you``): a name's
# word before a given name that no place's name opens on
_ADDRESSING = frozenset({"dear", "dearest", "hi", "hello", "welcome", "thanks", "congratulations", "meet", "goodbye",
                         "farewell", "attention", "attn", "to", "from", "for", "with", "and", "by", "cc"})
# a verb or preposition of attribution before a name, a post in lower case between at most (``said Priya
# Nan\ufffdakumar``, ``By Ade Oyel\ufffdran``, ``according to programme lead Wanjiru Kam\ufffdu``); an article between
# (``said the Nikkei Sh\ufffdmbun``) names a body or a thing, never a person
_ATTRIBUTION_BEFORE = lazyre.compile(
    "(?:^|(?<=[^A-Za-z]))(?:said|says|told|asked|added|wrote|writes|thank|thanked|thanks|by|By|BY|according to)"
    "((?:[ \u00a0]+(?!(?:the|a|an|his|her|their|our|its)\\b)[a-z][a-z-]*){0,3})[ \u00a0]+$")


def _census_given(name: str) -> bool:
    """``name`` (title case) is a given name of the US Census more common as a name among the people counted than as a
    word in English text (:func:`pipeline.segment.names._census_lists`). The census share is rounded to the two places
    wordfreq gives its Zipf values in: a share that only ties the word's (``Summer``: 5.2304 as a name, 5.23 as a
    word, the only given name so tied) is no evidence of a name (helper name71: ``Summer \ufffdete Helpers`` had been held back as a
    name)."""
    from pipeline.segment.names import _census_lists
    from pipeline.segment.names import zipf as word_zipf

    name = _folded(name)
    return round(_census_lists()[0].get(name.upper(), -1.0), 2) > word_zipf(name.casefold())


def _town_reading(left_word: str, right_word: str, gap: int = 1) -> bool:
    """The two words (one of them holding the lost glyph, or one U+FFFD for a run of ``gap`` lost letters) read as a
    town of GeoNames (15,000 people or more: :func:`pipeline.segment.places._towns`) for some letters in the gap:
    ``Hong K\ufffdng`` is *Hong Kong*, a place, though Hong is a given name of the census (helper name71); so is
    ``Hong K\ufffd\ufffdg`` (helper name73: ref72 had read the run by one letter and held the place as a name). A
    place's gap keeps its candidates.

    >>> _town_reading("Hong", "K\ufffdg", gap=2), _town_reading("Tom", "\ufffdggs", gap=3)
    (True, False)
    """
    from pipeline.segment.places import _folded, _towns

    towns = _towns()
    pair = f"{left_word} {right_word}"
    if gap <= 1:
        return any(_folded(pair.replace(GAP, c)) in towns for c in _LETTERS_FOR_GAP)
    head, _, tail = _folded(pair.replace(GAP, "\x00")).partition("\x00")
    return any(len(town) == len(head) + gap + len(tail) and town.startswith(head) and town.endswith(tail)
               for town in _towns_by_length(len(head) + gap + len(tail)))


@lru_cache(maxsize=64)
def _towns_by_length(n: int) -> tuple[str, ...]:
    """The folded names of :func:`pipeline.segment.places._towns` ``n`` letters long."""
    from pipeline.segment.places import _towns

    return tuple(t for t in _towns() if len(t) == n)


def _english_word(word: str) -> bool:
    """``word`` is an English word WordNet lists (:func:`pipeline.glosses.unlisted_words`)."""
    from pipeline.glosses import unlisted_words

    words, unlisted = unlisted_words(word)
    return bool(words) and not unlisted


def _title_cased(text: str) -> str:
    """``text`` with its words in capitals in title case, each part of a word a hyphen or an apostrophe joins (``By
    ANNE-MARIE SM`` → ``By Anne-Marie Sm``, ``O'BRIEN`` → ``O'Brien``)."""
    return _CAPITALS_WORD.sub(lambda m: re.sub("[A-Z]+", lambda p: p.group(0)[0] + p.group(0)[1:].lower(), m.group(0)),
                              text)


def _commonest_reading(part: str) -> str:
    """``part`` (a word holding one lost glyph) read with the letter that makes it commonest in English (wordfreq
    Zipf), the letter a capital where the gap opens the word."""
    from pipeline.segment.names import zipf as word_zipf

    return max((part.replace(GAP, c.upper() if part[0] == GAP else c) for c in _LETTERS_FOR_GAP),
               key=lambda w: word_zipf(w.casefold()))


def _run_reading(part: str, gap: int) -> str:
    """``part`` (a word holding one U+FFFD for a run of ``gap`` lost letters) read as the commonest word of the English
    list that fits the run's length (:func:`pipeline.restore.evidence.english._matching`: ``\ufffdggs`` of three as
    *Briggs*, ``H\ufffdse`` of two as *House*), a capital where the run opens the word; with no letter where no word
    fits (segment takes a word it knows nothing of for a name's)."""
    from pipeline.restore.evidence.english import _matching

    head, _, tail = part.partition(GAP)
    found = _matching(head.casefold(), tail.casefold(), gap) if (head + tail).isascii() else ()
    if not found:
        kept = head + tail
        return kept[:1].upper() + kept[1:] if not head else kept
    word = found[0][0]
    return word[:1].upper() + word[1:] if not head or head[0].isupper() else word


@lru_cache(maxsize=4096)
def _given_fitting(word: str, gap: int) -> str | None:
    """The given name of the US Census (title case) that ``word`` (one U+FFFD for a run of ``gap`` lost letters)
    reads as, the one most people bear, where its kept letters are ASCII; else ``None``.

    >>> _given_fitting("T\ufffd", 3), _given_fitting("Jam\ufffd", 2), _given_fitting("Y\ufffdk", 2)
    ('Tina', 'James', None)
    """
    from pipeline.segment.names import _census_lists

    head, _, tail = word.partition(GAP)
    if not (head + tail).isascii():
        return None
    pattern = re.compile(f"{re.escape(head.upper())}[A-Z]{{{gap}}}{re.escape(tail.upper())}")
    given = _census_lists()[0]
    found = max((name for name in given if pattern.fullmatch(name)), key=lambda n: (given[n], n), default=None)
    return found[:1] + found[1:].lower() if found is not None else None


GIVEN_THEN_RARE_LETTERS = 5
"""Letters a word no census list holds has at least to be read as a surname after a census given name for being rare
and no word WordNet lists (:func:`english_name_beside`): shorter ones are abbreviations and codes as often."""
_NEXT_CAPITALISED = lazyre.compile(f"^[ \u00a0]+([{HALFWIDTH_LATIN_UPPER}][a-z]+)")


def english_name_beside(left: str, right: str, capitals: bool = False, gap: int = 1) -> bool:
    """English: the gap stands in a capitalised word of a person's name, told by the name's other half written out
    beside it, wherever the name stands (after a post in lower case, ``said library director Maria Jen\ufffdins``; a
    byline, ``By Maria Jen\ufffdins``; prose, ``said Maria Jen\ufffdins``): the word before is a given name of the US
    Census 1990 (more common as a name among the people counted than as a word in English text: not ``Will``, ``May``,
    ``Summer``: :func:`_census_given`), or the word after a surname of it by
    :data:`pipeline.segment.names.CENSUS_SURNAME_MARGIN` (``Mar\ufffda Jenkins``), and the two words are a person's
    name to segment read with the letter that makes the gap's word commonest in English (:func:`_english_person_name`:
    ``Victoria Par\ufffd`` read as *Victoria Park*, ``Grace Chur\ufffdh``, ``Rose Gar\ufffden`` are places, ``\ufffdhe
    Jenkins`` a family). Fresh-user trial 70c: ``said library director Maria Jen\ufffdins`` was committed ``k`` at 0.992
    on the English word list (*Jenkins*, the only word that fits): a name's letter the list happens to hold is no
    evidence (the guide's "never invent").

    Helper name71 (the limits name70 left): two words GeoNames lists as a town (``Hong K\ufffdng``: :func:`_town_reading`)
    are a place; a given name read before a surname is no name's where a capitalised English word that opens no
    sentence stands directly before it (``Parish Clerk, Little Ha\ufffdden Parish``: a place's words, *Little Hayden
    Parish*; a post, ``Library Director Mar\ufffda Jenkins``, is no such word); a name in capitals is read in title case
    (``By JOHN SM\ufffdTH``, ``MARIA JEN\ufffdINS``); and after a verb or preposition of attribution (``said``, ``by``,
    ``according to``: :func:`_attributed_name`) a name no census list holds (``said Priya Nan\ufffdakumar``).

    >>> english_name_beside("said library director Maria Jen", "ins. \\"This"), english_name_beside("said Maria T. J", "nkins")
    (True, True)
    >>> english_name_beside("said Mar", "a Jenkins."), english_name_beside("By John Sm", "th"), english_name_beside("Anne-Marie Sm", "th (Mayor)")
    (True, True, True)
    >>> english_name_beside("in Victoria Par", " on Sunday"), english_name_beside("Dear Cust", "mer,"), english_name_beside("Will Po", "er")
    (False, False, False)
    >>> english_name_beside("4 June ", "ete Plans"), english_name_beside("Eastfi", "ld Parish Council")
    (False, False)
    >>> english_name_beside("", "he Jenkins family"), english_name_beside("Annual Repo", "t 2026"), english_name_beside("Maria's bo", "k")
    (False, False, False)
    >>> english_name_beside("Housing in Hong K", "ng"), english_name_beside("Summer ", "ete Helpers"), english_name_beside("Parish Clerk, Little Ha", "den Parish")
    (False, False, False)
    >>> english_name_beside("By JOHN SM", "TH"), english_name_beside("said Priya Nan", "akumar."), english_name_beside("HONG K", "NG")
    (True, True, False)

    ``gap``: how many U+FFFD the gap is (helper ref72, fresh-user trial 72c's ``to Tom \ufffd\ufffd\ufffdggs``, offered
    *bri*, *gri*, *gre*): a run of lost letters has no one-letter reading, so no English word read into it rules a
    surname out after a census given name (*Eggs* is a word, *Briggs* a surname; either may stand there).

    >>> english_name_beside("thanks to Tom ", "ggs, who", gap=3), english_name_beside("thanks to the ", "ggs, who", gap=3)
    (True, False)
    """
    before = _EN_GAP_WORD_LEFT.search(left).group(0)
    after = _EN_GAP_WORD_RIGHT.match(right).group(0)
    word = before + GAP + after
    if word.count(GAP) > 1:
        return False  # one letter read for two lost glyphs makes no word (``Eco\ufffd\ufffdmic``): nothing to tell
    letters = word.replace(GAP, "")
    if len(letters) >= 2 and letters.isupper():
        # a name in capitals (a byline's ``By JOHN SM\ufffdTH``, a heading's ``MARIA JEN\ufffdINS``): read in title
        # case, the name's other half in capitals too; the gap opening the word stands for its capital
        if word[0] == GAP:
            return english_name_beside(_title_cased(left), after.lower() + _title_cased(right[len(after):]), True, gap)
        return english_name_beside(_title_cased(left[: len(left) - len(before)]) + before[0] + before[1:].lower(),
                                   after.lower() + _title_cased(right[len(after):]), True, gap)
    # a capital alone before a run of lost letters (``T\ufffd\ufffd\ufffd Briggs``) is a capitalised word's start too
    if not (word[0].isupper() or word[0] == GAP) or not (any(c.islower() for c in word) or (gap > 1 and letters.isupper() and len(letters) == 1 and word[0] != GAP)):
        return False  # a lower-case word is no name's
    # imported here, where a capitalised word stands at the gap: segment's names (their patterns, the census's tables)
    # are a tenth of a second of a process restoring only Japanese (issue 19 point 5, session 82)
    from pipeline.segment.names import _census_lists
    from pipeline.segment.names import zipf as word_zipf

    given, surnames = _census_lists()
    halves = word.split("-")
    if len(halves) == 2 and all(h[:1].isupper() or h[:1] == GAP for h in halves) \
            and any(GAP not in h and _census_surname(h) for h in halves):
        # a double surname whose half written whole is a surname of the census (``Mart\ufffdnez-Ruiz``,
        # ``Smith-J\ufffdnes``): fresh-user trial 71c's byline, helper fix71d; the gap's half read with its commonest
        # letter a census surname too, or no word: ``East-W\ufffdst``, ``White-Wa\ufffdled`` (West, White census
        # surnames) are compass points and a title's words (masking the regression corpus)
        part = next(h for h in halves if GAP in h)
        best = _commonest_reading(part)
        if _census_surname(best) or word_zipf(best.casefold()) == 0:
            return True
    readings = [word.replace(GAP, c.upper() if word[0] == GAP else c) for c in _LETTERS_FOR_GAP]
    head = left[: len(left) - len(before)]
    m = _GIVEN_BEFORE.search(head)
    if m is not None:
        first = m.group(1)
        # a double surname is read by the half the gap stands in (``José Lis-Sm\ufffdth``)
        part = next(h for h in halves if GAP in h)
        best = _commonest_reading(part) if gap <= 1 else _run_reading(part, gap)
        # the gap's word read as its commonest English word is a surname of the census, or no word fits (a surname
        # the list lacks, ``Oka\ufffdor``): a word no one bears, ``June Fe\ufffde`` read *Fete*, is none
        # (or no word WordNet lists where another reading is a census surname: a brand's name, ``Li W\ufffdi`` read
        # *Wii* before *Wei*, says nothing against a surname; helper name72, name71's strict xfail; a date's ``Thu
        # J\ufffdl``, *Jul*, has no surname's reading)
        surname_or_none = best.upper() in surnames or word_zipf(best.casefold()) == 0 or (
            not _english_word(best) and any(_census_surname(w) for w in readings if w != best)) or (
            # a rare word WordNet does not list (``Noah Penh\ufffdligon`` read *Penhaligon*, a perfumer's name to
            # wordfreq, a Cornish surname the census lacks): a surname whatever the census says (helper names78,
            # fresh-user trial 78b committed ``a`` at 0.9855 from its copy); measured in docs/restore.md
            gap <= 1 and len(best) >= GIVEN_THEN_RARE_LETTERS and not _english_word(best)
            and word_zipf(best.casefold()) < CITED_NAME_MAX_ZIPF)
        # a double given name (``Anne-Marie``) is a given name where each half is one (review of fresh-user trial
        # 69's newsletter: ``Anne-Marie Sm\ufffdth (Mayor)`` had been held back only by the post its line ran on from)
        if surname_or_none and all(part.casefold() not in _MONTHS and _census_given(part) for part in first.split("-")) \
                and not _town_reading(first, word, gap) and _english_person_name(f"{first.replace('-', ' ')} {word if gap <= 1 else word.replace(part, best)}"):
            return True
    m = _SURNAME_AFTER.match(right[len(after):])
    if m is not None:
        last = m.group(1)
        # the gap's word read as its commonest word is a given name of the census (``Mar\ufffda`` as Maria, not
        # ``J\ufffdne Hill`` as June): a place or a post before a surname that is a word too (``Eastfi\ufffdld
        # Parish``, ``Harbours\ufffdde Ward``, ``Counc\ufffdllor Whitfield``) is none
        best = max(readings, key=lambda w: (word_zipf(w.casefold()), given.get(w.upper(), -1.0)))
        if gap > 1:
            # a run of lost letters has no one-letter reading: the census given name fitting the run's length that
            # the most people bear (``T\ufffd\ufffd\ufffd Briggs`` as *Tina*; helper name73, ref72's open case had
            # read the run as one letter and offered *hat*, *his*), only where its capital is kept inside a sentence
            # (a function word is not capitalised there); elsewhere the one-letter reading stands, as before: the
            # census counts its names about as often as English uses its words (*Kim* 6.25, *him* 6.11), and masking
            # name72's 4,000 clean English lines read places' words as names (``\ufffd\ufffdwn Hall`` as *Dawn*,
            # ``\ufffd\ufffdm Grove`` as *Kim*, ``14 \ufffd\ufffdchard Lane`` as *Richard*)
            # (nor before a street's word: ``12 Mi\ufffd\ufffd Lane`` is *Mill Lane*, read *Mike* by the census)
            fitting = _given_fitting(word, gap)
            # nor before a place's kind, or a word and a place's kind (``C\ufffd\ufffdy Hall`` is *City Hall*,
            # ``W\ufffd\ufffd\ufffde Heron Castle`` a castle: read *Cory*, *Wayne* by the census; helper name74)
            beyond = _NEXT_CAPITALISED.match(right[len(after) + m.end():])
            if fitting is not None and word[0] != GAP and _OPENS_SENTENCE.search(head) is None \
                    and last.casefold() not in STREET_WORDS and last.casefold() not in PLACE_KINDS \
                    and (beyond is None or beyond.group(1).casefold() not in PLACE_KINDS | STREET_WORDS):
                best = fitting
        first_name = _census_given(best) and best.casefold() not in _MONTHS
        if first_name and any(_census_surname(h) for h in last.split("-")) \
                and not _place_words_before(head, capitals) and not _town_reading(word, last, gap) \
                and _english_person_name(f"{word if gap <= 1 else best} {last}"):
            return True
    return _attributed_name(head, word, right[len(after):])


def in_address(left: str, above: str = "") -> bool:
    """English: the gap's words stand in a postal address's line after its street (``12 Quay Street`` over ``Ha\ufffdley
    Green``, or ``12 Quay Street, Ha\ufffdley Green`` on one line: segment's :func:`pipeline.segment.tables.street_named`),
    a village's or a town's name, no person's (helper name72: ``Ha\ufffdley Green`` under a letter's street had been
    held back as a name, Hadley a given name and Green a census surname). ``left``: the text before the gap;
    ``above``: plain text's line before the gap's.

    >>> in_address("12 Quay Street\\nHa"), in_address("Ha", above="12 Quay Street"), in_address("12 Quay Street, Ha")
    (True, True, True)
    >>> in_address("said Ha"), in_address("Ha", above="Thank you for your letter.")
    (False, False)
    """
    from pipeline.segment.tables import street_named

    lines = left.split("\n")
    line = lines[-1]
    before = lines[-2] if len(lines) > 1 else above
    parts = line.split(",")
    if len(parts) > 1 and street_named(parts[-2].strip()):
        return True
    return len(parts) == 1 and bool(before.strip()) and street_named(before.split(",")[-1].strip())


def _place_words_before(head: str, capitals: bool = False) -> bool:
    """A capitalised English word stands directly before the gap's word (``Parish Clerk, Little Ha\ufffdden Parish``,
    ``LITTLE HA\ufffdDEN PARISH COUNCIL``): the gap's word goes on a place's or a body's name, not a person's (a
    person's name opens on the given name). A post or a title (``said Library Director Mar\ufffda Jenkins``), a given
    name (``Mary Ann``) and a word that addresses the person (``Dear``, ``Thanks``: :data:`_ADDRESSING`) are no such
    word."""
    from pipeline.names import english_post_words

    m = _WORD_BEFORE.search(head)
    if m is None or (not capitals and _OPENS_SENTENCE.search(head[: m.start(1)]) is not None):
        return False
    w = m.group(1)
    return (_english_word(w) and not _census_given(w) and w not in NAME_TITLES and w.casefold() not in NAME_POSTS
            and w.casefold() not in _ADDRESSING and not english_post_words([w]))


ATTRIBUTED_NAME_MAX_ZIPF = 3.5
"""Zipf value below which a capitalised word is no common English word, for :func:`_attributed_name` (``Priya`` 2.9,
``Nandakumar`` 1.2, ``Wanjiru`` 1.5; ``Station`` 4.9, ``Report`` 5.4, ``Norway`` 4.6): a word WordNet does not list
is also no word at all."""


def _attributed_name(head: str, word: str, tail: str) -> bool:
    """The gap's word and the capitalised word beside it, after a verb or a preposition of attribution
    (:data:`_ATTRIBUTION_BEFORE`: ``said``, ``says``, ``told``, ``by``, ``according to``; a post in lower case between
    at most), are a name's two halves that no census list holds: ``said Priya Nan\ufffdakumar`` (Priya is no given
    name of the US Census 1990). Neither half is a word WordNet lists nor common in English (below
    :data:`ATTRIBUTED_NAME_MAX_ZIPF` for the gap's word read with its commonest letter), neither is a town of GeoNames
    alone nor together (``by Nagasaki Dej\ufffdma``), and the two are a person's name to segment. A body or a place
    after ``by`` has a common word in it (``by Kyoto Ci\ufffdy``, ``according to Statistics Norw\ufffdy``)."""
    from pipeline.segment.names import zipf as word_zipf
    from pipeline.segment.places import _folded, _towns

    readings = [word.replace(GAP, c.upper() if word[0] == GAP else c) for c in _LETTERS_FOR_GAP]
    best = max(readings, key=lambda w: word_zipf(w.casefold()))
    # a word WordNet lists that is rare in English is a name's as well (``said Pri\ufffda Nandakumar``: *Prima*, Zipf
    # 3.3; helper name72): only a common word (``Ci\ufffdy`` *City*, ``Hea\ufffdy`` *Heavy*) says the pair is no name
    if len(best) < 3 or (_english_word(best) and word_zipf(best.casefold()) >= ATTRIBUTED_NAME_MAX_ZIPF):
        return False

    def plain_name_word(w: str) -> bool:
        return (len(w) >= 2 and word_zipf(w.casefold()) < ATTRIBUTED_NAME_MAX_ZIPF and not _english_word(w)
                and _folded(w) not in towns)

    name_word = f"[{HALFWIDTH_LATIN_UPPER}][a-z]+"
    if (m := lazyre.compile(f"(?<![{HALFWIDTH_LATIN}{GAP}'’\\-.])({name_word})[ \u00a0]+$").search(head)) is not None:
        other, pair, lead = m.group(1), (m.group(1), word), head[: m.start(1)]
    elif (m := _SURNAME_AFTER.match(tail)) is not None:
        other, pair, lead = m.group(1), (word, m.group(1)), head
    else:
        return False
    if _ATTRIBUTION_BEFORE.search(lead) is None:
        return False
    towns = _towns()  # GeoNames' 17 MB read once a process: only where an attribution leads a capitalised word's pair
    if not plain_name_word(other) or _folded(best) in towns or _town_reading(*pair):
        return False
    return _english_person_name(" ".join(pair))


_SEAT = f"[{DIGITS}]{{1,3}}[ \u3000]*番"
_SEAT_NAME_PART = f"[{KANJI}{KATAKANA}{GAP}]{{1,5}}"
_SEAT_ENTRY = lazyre.compile(f"({_SEAT})[ \u3000]+({_SEAT_NAME_PART})[ \u3000]+([{KANJI}{HIRAGANA}{KATAKANA}{GAP}]{{1,5}})")
_SEAT_LINE = lazyre.compile(f"^[ \u3000]*{_SEAT}[ \u3000]+{_SEAT_NAME_PART}[ \u3000]+[{KANJI}{HIRAGANA}{KATAKANA}{GAP}]{{1,5}}"
                            f"(?:[ \u3000]+{_SEAT}[ \u3000]+{_SEAT_NAME_PART}[ \u3000]+"
                            f"[{KANJI}{HIRAGANA}{KATAKANA}{GAP}]{{1,5}})*[ \u3000]*$")


def seat_roster_name(text: str, start: int) -> bool:
    """The gap at ``start`` stands in a name of a council's attendance list: its line is nothing but entries of a
    seat's number, the member's surname and given name parted by spaces (``３番　佐々木　\ufffd``, ``１番 山田 太郎
    ２番 佐藤 花子``), and some part of the line's names written whole is a person's name to Sudachi. Helper ref72,
    fresh-user trial 72c's ``３番　佐々木　\ufffd``, offered は, が, と.

    >>> s = "３番　佐々木　\ufffd"; seat_roster_name(s, s.index(GAP))
    True
    >>> s = "１番　\ufffd田　太郎　　２番　佐藤　花子"; seat_roster_name(s, s.index(GAP))
    True
    >>> s = "３番　議案第\ufffd号　可決"; seat_roster_name(s, s.index(GAP))
    False
    >>> s = "３番　佐々木議員が\ufffdった"; seat_roster_name(s, s.index(GAP))
    False
    """
    line_start, line = _line_at(text, start)
    if _SEAT_LINE.match(line) is None:
        return False
    at, found, whole = start - line_start, False, False
    for m in _SEAT_ENTRY.finditer(line):
        found = found or m.start(2) <= at < m.end(3)
        whole = whole or any(GAP not in part and _person_name_word(part) for part in (m.group(2), m.group(3)))
    return found and whole


_REF_MARK = f"(?:[\\[［][{DIGITS}]{{1,3}}[\\]］]|[（(]?[{DIGITS}]{{1,3}}[)）.．])"
_REF_YEAR = f"(?:1[89]|20|１[８９]|２０)[{DIGITS}]{{2}}[a-zａ-ｚ]?"
# English: ``Surname, I.`` or ``I. Surname``, the authors parted by commas, ``and``, ``&``; ``et al.`` closing them
_EN_SURNAME = f"[{HALFWIDTH_LATIN_UPPER}{GAP}][{HALFWIDTH_LATIN}{GAP}'’\\-]*(?: [{HALFWIDTH_LATIN_UPPER}{GAP}][{HALFWIDTH_LATIN}{GAP}'’\\-]*)?"
_EN_INITIALS = f"[{HALFWIDTH_LATIN_UPPER}{GAP}]\\.(?:[ \\-]?[{HALFWIDTH_LATIN_UPPER}{GAP}]\\.)*"
_EN_AUTHOR = f"(?:{_EN_SURNAME}, {_EN_INITIALS}|{_EN_INITIALS} {_EN_SURNAME})"
_EN_REFERENCE = lazyre.compile(
    f"^[ \u3000]*(?:{_REF_MARK}[ \u3000]*)?({_EN_AUTHOR}(?:(?:,? (?:and|&)|,) {_EN_AUTHOR})*(?:,? et al\\.)?)"
    f"(?: ?\\({_REF_YEAR}\\)|,? {_REF_YEAR}[.,]|(?<=\\.) [{HALFWIDTH_LATIN_UPPER}])")
# Japanese: names of one to five letters, a space between surname and given name allowed, parted by ・ 、 ，
_JA_REF_NAME = f"[{KANJI}{KATAKANA}{GAP}]{{1,5}}(?:[ \u3000][{KANJI}{HIRAGANA}{KATAKANA}{GAP}]{{1,5}})?"
_JA_REFERENCE = lazyre.compile(
    f"^[ \u3000]*({_REF_MARK}[ \u3000]*)?({_JA_REF_NAME}(?:[・、，,]{_JA_REF_NAME})*(?:ほか|他|ら)?)"
    f"[ \u3000]*(?:[（(]{_REF_YEAR}[)）]|[：:]|[，,、]{_REF_YEAR})")


# in a references section (``listed``): the names then the year, bracketed or bare after a space or a comma, no list
# mark nor parting needed (``山本俊哉（2019）``, ``山本俊哉 2020 地方都市…``; the talk stage drops the space: ``山本俊哉2020``)
_JA_REFERENCE_LISTED = lazyre.compile(
    f"^[ \u3000]*({_REF_MARK}[ \u3000]*)?({_JA_REF_NAME}(?:[・、，,]{_JA_REF_NAME})*(?:ほか|他|ら)?)"
    f"[ \u3000]*(?:[（(]{_REF_YEAR}[)）]|[，,、]?{_REF_YEAR}(?![{DIGITS}]|[ \u3000]*[年度月－\\-]))")

_CORPORATE_AUTHOR_END = _PLACE_OR_OFFICE_END + "省庁県府課局会団社院校館"


def reference_name(text: str, start: int, listed: bool = False) -> bool:
    """The gap at ``start`` stands in the authors of a reference list's entry, read off its line's shape: English
    ``Surname, I.`` or ``I. Surname`` (several parted by commas, ``and``, ``&``; ``et al.``), a list mark before them
    allowed (``[3]``, ``3.``), then the year in brackets or after a comma, or the title after the initials' full
    stop; Japanese names of one to five letters (a space between surname and given name; several parted by ・, 、),
    then the year in brackets (``山本俊哉・佐藤花子（2019）``, ``２）山本 俊哉（2020）``) or, after a list mark and the
    names parted by a space or a ・, a colon (``1) 山本 俊哉：``); a body as author (a name closing on 省, 市, 会 …) is no person. Helper ref72, fresh-user trial 72c's ``Oka\ufffdor, D. (2023).`` (committed *f* by the
    name written whole elsewhere and the English word list) and trial 72's ``２）山本 \ufffd哉（2020）`` (offered 浩,
    拓, 俊). Names without a list mark and a space or a ・ between them need the year in brackets, so a date's
    ``令和元年（2019）`` opening a line is none.

    >>> s = "Oka\ufffdor, D. (2023). Feasibility of battery storage."; reference_name(s, s.index(GAP))
    True
    >>> s = "Raman, P., and Oka\ufffdor, D. (2024). Load shifting."; reference_name(s, s.index(GAP))
    True
    >>> s = "[3] Tana\ufffda, H. Urban heat islands."; reference_name(s, s.index(GAP))
    True
    >>> s = "２）山本 \ufffd哉（2020）：地方都市の移住"; reference_name(s, s.index(GAP))
    True
    >>> s = "山本俊哉・佐藤\ufffd子（2019）地域の担い手"; reference_name(s, s.index(GAP))
    True
    >>> s = "Okafor, D. (2023). Feasibility of battery st\ufffdrage."; reference_name(s, s.index(GAP))  # the title's
    False
    >>> s = "令和\ufffd年（2019）に開始した"; reference_name(s, s.index(GAP))
    False
    >>> s = "１．日\ufffd：令和８年１０月１６日"; reference_name(s, s.index(GAP))  # a list item's label
    False
    >>> s = "１）国土交\ufffd省（２０２３）：空き家対策の現状"; reference_name(s, s.index(GAP))  # a body as author
    False
    >>> s = "編\ufffd・発行：かわせ町企画課"; reference_name(s, s.index(GAP))  # a colophon's label, no list mark
    False

    ``listed``: the line stands in a references section (segment's, passed on by the talk stage): names with neither
    list mark nor parting before the year, the year bare (helper name73).

    >>> s = "山本俊\ufffd（2019）地方都市の交通計画"; reference_name(s, s.index(GAP)), reference_name(s, s.index(GAP), listed=True)
    (False, True)
    >>> s = "\ufffd本俊哉 2020 地方都市の公共交通再編"; reference_name(s, s.index(GAP), listed=True)
    True
    >>> s = "国土交\ufffd省 2023 空き家対策"; reference_name(s, s.index(GAP), listed=True)  # a body as author
    False
    """
    line_start, line = _line_at(text, start)
    at = start - line_start
    m = _EN_REFERENCE.match(line)
    if m is not None:
        return m.start(1) <= at < m.end(1)
    if listed and (m := _JA_REFERENCE_LISTED.match(line)) is not None and m.start(2) <= at < m.end(2) \
            and not _corporate(m.group(2)):
        return True  # a references section's line: no date's word opens it, no list item's label
    m = _JA_REFERENCE.match(line)
    if m is None or not m.start(2) <= at < m.end(2):
        return False
    names = m.group(2)
    if _corporate(names):
        return False  # a body as author (``国土交通省（２０２３）``, ``飯山市（２０２２）``), no person
    parted = bool(re.search("[ \u3000・、，,]", names))
    # a year in brackets after the names; a colon or a comma alone closes a list item's label as often (``１．日時：``,
    # ``２．会場：``: masking the regression corpus), so there the names must be parted by a space or a ・
    year_after = bool(re.match(f"[ \u3000]*[（(]{_REF_YEAR}[)）]", line[m.end(2):]))
    if not year_after:
        return parted and bool(m.group(1))  # ``編集・発行：`` opening a colophon's line is a label
    # no list mark: a line may open on a date's word before its year (``令和元年（2019）``)
    return bool(m.group(1)) or parted


def _corporate(names: str) -> bool:
    """One of a reference's authors ``names`` (parted by ・、，,) is a body (a name closing on 省, 市, 会 …)."""
    return any(n[-1] in _CORPORATE_AUTHOR_END for n in re.split("[・、，,]", names) if n)


# an author's surname cited in running text: a capital or a lost glyph opening it, lost glyphs anywhere in it
_CITED_NAME = f"[{HALFWIDTH_LATIN_UPPER}{GAP}][{HALFWIDTH_LATIN}{GAP}'’\\-]*"
_CITED_NAMES = f"{_CITED_NAME}(?:, {_CITED_NAME})*(?:,? (?:and|&) {_CITED_NAME})?"
_CITED_REF = f"(?: ?\\((?:{_REF_YEAR})\\)| ?\\[[{DIGITS}]{{1,3}}(?:[,–\\-][ ]?[{DIGITS}]{{1,3}})*\\])"
_CITATION = lazyre.compile(
    # ``Tanaka et al.``; ``Tanaka and Ito (2019)``, ``by Tanaka and Ito [3]``; ``(Tanaka, 2020; Ito and Sato, 2019)``
    f"(?<![{HALFWIDTH_LATIN}{GAP}'’\\-])(?:({_CITED_NAMES}) et al\\."
    f"|({_CITED_NAME}(?:, {_CITED_NAME})*,? (?:and|&) {_CITED_NAME}){_CITED_REF}"
    # in brackets the comma before the year is asked: ``(since 1981)``, ``(until 2023)`` masked are no authors
    f"|(?<=[(;] )({_CITED_NAMES})(?: et al\\.)?, (?={_REF_YEAR}[);,])"
    f"|(?<=[(])({_CITED_NAMES})(?: et al\\.)?, (?={_REF_YEAR}[);,]))")


def citation_name(text: str, start: int) -> bool:
    """The gap at ``start`` stands in an author's surname cited in running English text: ``X et al.``, ``X and Y``
    followed by the year in brackets or a reference's number (``by \\ufffd\\ufffdnaka and Ito [3]``, ``Mori and Ka\\ufffdo
    (2019)``), or the author and the year inside brackets (``(Tana\\ufffda, 2020; Ito and Sato, 2019)``). Every name
    written whole beside it must be a surname of the US Census or a rare word (below zipf 3.5: *Okafor*), so words
    joined the same way (``Research and Development (2020)``, ``(June, 2020)``) are none. Helper hon72, fresh-user
    trial 72d: ``by \\ufffd\\ufffdnaka and Ito [3]`` had been offered *Ta* from Tanaka written whole elsewhere (issue 19
    point 4: a name is never filled nor offered).

    >>> s = "as shown by \\ufffd\\ufffdnaka and Ito [3]."; citation_name(s, s.index(GAP))
    True
    >>> s = "Prior work (Tana\\ufffda, 2020; Ito and Sato, 2019)"; citation_name(s, s.index(GAP))
    True
    >>> s = "Yama\\ufffda et al. (2020) found"; citation_name(s, s.index(GAP))
    True
    >>> s = "Research and Dev\\ufffdlopment (2020)"; citation_name(s, s.index(GAP))
    False
    >>> s = "in (June, 2020) the c\\ufffdty"; citation_name(s, s.index(GAP))
    False
    """
    line_start, line = _line_at(text, start)
    at = start - line_start
    for m in _CITATION.finditer(line):
        group = next((g for g in range(1, 5) if m.group(g) is not None), None)
        if group is None or not m.start(group) <= at < m.end(group):
            continue
        names = re.findall(_CITED_NAME, m.group(group))
        if all(_cited_surname(n) if GAP not in n else not _calendar_word(n) for n in names):
            return True
    return False


def _calendar_word(word: str) -> bool:
    """Some month's or weekday's English name fits ``word``, its lost glyphs any letter (``(Ju\ufffde, 2020)``)."""
    import calendar

    fit = re.compile("".join("." if c == GAP else re.escape(c) for c in word), re.IGNORECASE)
    return any(fit.fullmatch(w) for w in (*calendar.month_name[1:], *calendar.day_name))


CITED_NAME_MAX_ZIPF = 3.5
"""A name written whole beside a cited author's that no census list holds is a rare word below this zipf
(*Okafor* 2.6) where a word joined the same way is common (*Development* 5.3)."""


def _cited_surname(word: str) -> bool:
    """``word`` may be a cited author's surname: a surname of the US Census, or a rare word."""
    from pipeline.segment.names import zipf as word_zipf

    return _census_surname(word) or word_zipf(word.casefold()) < CITED_NAME_MAX_ZIPF


# posts a place's name glues before as often as a person's (静岡市長, 山梨県知事): a gap before them is never read as
# a surname's by its fills (:func:`surname_before_post`); the other posts follow an office as often (総務部長), which
# the fills tell apart (総務, a common noun)
PLACE_POSTS = ("副市長", "市長", "町長", "村長", "区長", "知事")
SURNAME_LETTERS = 3
"""Letters (the lost glyph included) of a surname glued before a post that :func:`surname_before_post` reads: two or
three, a surname alone (a longer run holds a given name too, :func:`before_post`'s)."""


def surname_before_post(left: str, right: str) -> str | None:
    """The run of kanji (the lost glyph among them) glued before a post (:data:`~pipeline.names.JOB_TITLES`, not a
    place's post of :data:`PLACE_POSTS`) that may be a surname: two or three letters (:data:`SURNAME_LETTERS`) from the
    line's start or a non-name character (``石\ufffd委員``, ``委員会では\ufffd田議員から``, ``佐\ufffd課長``), with one lost
    glyph in it; else ``None``. One kept letter says nothing of a name to Sudachi (:func:`before_post` reads two), so
    the verdict's fills decide (:func:`fill_reads_a_name`). Helper name73 (issue 19 point 4: ``石\ufffd委員`` with no
    copy of the surname in the text was offered 石鹸 first).

    >>> surname_before_post("石", "委員　駅前広場"), surname_before_post("では", "藤部長が"), surname_before_post("静", "市長")
    ('石\ufffd', '\ufffd藤', None)
    >>> surname_before_post("出", "委員：青木委員")  # a roster's label (出席委員)
    """
    m = _POST_AFTER_NAME.match(right)
    if m is None or right[len(m.group(1)):].startswith(PLACE_POSTS) or (run := run_before_post(left, right)) is None:
        return None
    # a roster's label with a letter lost (``出\ufffd委員：`` of 出席委員, which the model read 出田: masking the clean
    # lines of the regression corpus)
    post = JOB_TITLE_RE.match(right, len(m.group(1))).group(0)
    if any(len(w) == len(run + post) and all(c in (GAP, x) for c, x in zip(run + post, w)) for w in ROSTER_ROLES):
        return None
    return run


HEAD_POSTS_END = ("長", "知事")
"""How the posts of a body's head end (市長, 社長, 部長, 校長, 院長, 会長; 知事): glued after a surname, such a post marks a
person as an honorific does (:func:`surname_before_head_post`)."""


def surname_before_head_post(left: str, right: str, fills: Sequence[str]) -> str | None:
    """The run of kanji (the lost glyph among them) glued before a head's post (:data:`~pipeline.names.JOB_TITLES`
    ending as :data:`HEAD_POSTS_END` says, a place's post of :data:`PLACE_POSTS` too: ``石\ufffd市長``, ``田\ufffd社長``,
    ``松\ufffd院長``), two or three letters (:data:`SURNAME_LETTERS`) from the line's start or a non-name character,
    the post ending its word (not ``市長選``, ``市長室``), where one of the verdict's first three fills (``fills``, best
    first) makes the run a surname (:func:`fill_reads_a_surname`: 石井, 田中, 松本), whatever the best makes of it (石垣
    a city's and a wall's, 田舎, 病): the post marks a person as an honorific does, and the model knows words, not the
    people a post follows; not where the best fill makes the run and the post's first letter a word of the Japanese
    word list (小学校 of ``小\ufffd校長``: a body and its head). Else ``None``. A city or a town that is a surname too (川辺町長, 川上村長) is held with them,
    and a place's name is never guessed either (measured in docs/limits.md, *Session 75, name75*). Helper name75 (issue
    19 point 4: ``石\ufffd市長`` had been offered 元, 都, 垣, name73's :func:`surname_before_post` leaving a place's
    post to the fills; ``松\ufffd院長`` 病, 本, 寺; ``田\ufffd社長`` 舎, 会, 中).

    >>> surname_before_head_post("式では松", "院長が", ["病", "本"]), surname_before_head_post("", "市長は", ["元"])
    ('松\ufffd', None)
    >>> surname_before_head_post("", "治会長", ["政", "自"]), surname_before_head_post("石", "市長選の", ["井"])
    (None, None)
    >>> surname_before_head_post("ひかり小", "校長", ["学", "さ", "高"])  # 小学校 + 長, though 小高 is a surname
    """
    m = _POST_AFTER_NAME.match(right)
    if m is None:
        return None
    post = JOB_TITLE_RE.match(right, len(m.group(1))).group(0)
    if not post.endswith(HEAD_POSTS_END) or (run := run_before_post(left, right)) is None:
        return None
    best = next((f for f in fills if f), "")
    if re.fullmatch(f"[{KANJI}]", best):
        from pipeline.restore.resources import word_zipf

        if run.replace(GAP, best) + post[0] in word_zipf():
            return None  # a body's word the post's first letter closes (``ひかり小\ufffd校長``: 小学校 + 長, 町議会 + 長)
    if fill_reads_a_surname(run, fills):
        return run
    if re.fullmatch(f"[{KANJI}]", best):
        from pipeline.restore.resources import word_zipf

        if word_zipf().get(run.replace(GAP, best), 0.0) >= OFFICE_WORD_ZIPF:
            return None  # the model reads a common word there (国際部長, 実行委員長, 地方本部長): an office's, not a name
    return run if surname_census_holds(run, post) else None


OFFICE_WORD_ZIPF = 4.0
"""A word the best fill makes of a glued run before a head's post at this zipf or more (国際 4.9, 実行 4.74, 古代 4.37,
地方 4.9) is an office's word as the model reads it, and the census (:func:`surname_census_holds`) does not hold the
run; a rarer one (林檎 3.66 of ``林\ufffd社長``) or none leaves it to the census. Measured on the head's posts of
name73b's clean lines and the regression corpus (docs/limits.md, *Session 76, field76*)."""


SURNAME_CENSUS_MIN = 50
"""The kanji that make a glued run a surname of Sudachi's lexicon, in the lost glyph's place, at least (:func:`surnames_
fitting`), for :func:`surname_census_holds` to read the run as a surname whatever the fills: 林� 73 (林田, 林原 …), the
kept letters of the surnames of the test inputs 257–949 (吉�, 石�, �川); an office's word 6–9 (総� 9, 自� 6,
�務 8, �学 9). Measured in docs/limits.md, *Session 76, field76*."""


@functools.lru_cache(maxsize=4096)
def surnames_fitting(run: str) -> int:
    """How many kanji (U+4E00–U+9FFF) in the place of ``run``'s one lost glyph make ``run`` an entry of Sudachi's
    lexicon read as a surname (固有名詞-人名-姓): the census of the surnames the kept letters open or close, whatever
    the model fills (it knows words, not the people a post follows).

    >>> surnames_fitting("林\ufffd") > SURNAME_CENSUS_MIN > surnames_fitting("総\ufffd")
    True
    """
    from pipeline.sudachi import dictionary

    lexicon = dictionary()
    count = 0
    for code in range(0x4E00, 0xA000):
        word = run.replace(GAP, chr(code))
        if any(m.surface() == word and m.part_of_speech()[1:4] == ("固有名詞", "人名", "姓") for m in lexicon.lookup(word)):
            count += 1
    return count


@functools.lru_cache(maxsize=4096)
def body_before_head(run: str, post: str) -> str | None:
    """A body's common noun (Sudachi's lexicon, 普通名詞) some kanji in the lost glyph's place makes of ``run`` before
    the head's ``post``: the run and the post's first letter (総務部 + 長 of ``総\ufffd部長``, 自治会 + 長, 小学校 + 長), or
    the run alone closed by that letter (高校 + 校長, 会社 + 社長); else ``None``. Where such a body fits, the run is an
    office's word as well as a surname, and the fills decide (:func:`surname_before_head_post`).

    >>> body_before_head("総\ufffd", "部長"), body_before_head("高\ufffd", "校長"), body_before_head("林\ufffd", "社長")
    ('総務部', '高校', None)
    """
    from pipeline.sudachi import dictionary

    lexicon = dictionary()

    def common(word: str) -> bool:
        return any(m.surface() == word and m.part_of_speech()[1] == "普通名詞" for m in lexicon.lookup(word))

    for code in range(0x4E00, 0xA000):
        filled = run.replace(GAP, chr(code))
        if common(filled + post[:-1]):
            return filled + post[:-1]
        if filled.endswith(post[:-1]) and common(filled):
            return filled
    return None


PLACE_WRITTEN_MIN = 2
"""Times the document writes a place's name whole, at least, for :func:`place_written_whole` to read a glued run
before a post as that place (a factory's, a branch's: ``浜\ufffd工場長`` beside ``浜松工場`` ×10)."""


def run_before_post(left: str, right: str) -> str | None:
    """The run of two or three kanji (:data:`SURNAME_LETTERS`), the lost glyph among them, glued before any post
    (:data:`~pipeline.names.JOB_TITLES`, a place's post too: ``浜\ufffd工場長``, ``静\ufffd市長``), from the line's start or a
    non-name character; else ``None``.

    >>> run_before_post("中島　健太　　浜", "工場長"), run_before_post("", "岡市長は"), run_before_post("浜", "工場の")
    ('浜\ufffd', '\ufffd岡', None)
    """
    m = _POST_AFTER_NAME.match(right)
    if m is None:
        return None
    run = _NAME_HEAD.search(left).group(0) + GAP + m.group(1)
    if not 2 <= len(run) <= SURNAME_LETTERS or run.count(GAP) != 1 or not re.fullmatch(f"[{KANJI}{GAP}]+", run):
        return None
    return run


def place_written_whole(run: str, text: str) -> str | None:
    """The place's name ``run`` (two or three kanji, one lost, glued before a post) stands for, told by the document
    ``text``: one kanji alone in the lost glyph's place makes a word the text writes whole
    :data:`PLACE_WRITTEN_MIN` times or more that Sudachi's lexicon holds as a place (固有名詞-地名) and never as a
    surname (人名-姓: 浜松, 横浜, 静岡; not 松下, 豊田, 福島, which name people as often), and reads alone as one
    place's morpheme (not 本部, 中央, a common noun first), and no other kanji makes a
    surname the text writes; else ``None``. A place before a post names the body the post heads (浜松工場長, 大阪支店長),
    and a name is never read into it; a surname of the same shape stays held. Source: fresh-user trial 76d
    (``浜\ufffd工場長`` held as a name though 浜松 stood whole ten times); measured in docs/restore.md (*Session 77,
    hold77*).

    >>> place_written_whole("浜\ufffd", "浜松工場の生産。浜松駅前。"), place_written_whole("浜\ufffd", "浜松工場の生産。")
    ('浜松', None)
    >>> place_written_whole("松\ufffd", "松下工場。松下電器。"), place_written_whole("浜\ufffd", "浜松駅。浜松市。浜田さん")
    (None, None)
    """
    from pipeline.sudachi import dictionary, tokenizer

    at = run.index(GAP)
    pattern = re.compile(re.escape(run[:at]) + f"([{KANJI}])" + re.escape(run[at + 1:]))
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    lexicon = dictionary()

    def readings(word: str) -> set[tuple[str, str]]:
        return {m.part_of_speech()[1:3] for m in lexicon.lookup(word) if m.surface() == word}

    def place(word: str) -> bool:
        # read alone, one morpheme and a place's (本部, 中央: a place's entry too, but a common noun first)
        alone = tokenizer("C").tokenize(word)
        return len(alone) == 1 and alone[0].part_of_speech()[1:3] == ("固有名詞", "地名")

    places = [w for w, n in counts.items() if n >= PLACE_WRITTEN_MIN and place(w)
              and ("固有名詞", "人名") not in readings(w)]
    if len(places) != 1 or any(("固有名詞", "人名") in readings(w) for w in counts):
        return None
    return places[0]


def surname_census_holds(run: str, post: str) -> bool:
    """``run`` (two or three kanji, one lost) glued before the head's ``post`` reads as a surname whatever the fills:
    at least :data:`SURNAME_CENSUS_MIN` kanji make it one of Sudachi's surnames (:func:`surnames_fitting`), and no
    kanji makes it a body that post heads (:func:`body_before_head`: 総務部長, 自治会長, 小学校長, 高校校長); not before a
    place's post (:data:`PLACE_POSTS`: 横浜市長, a city's name as often as a surname, is left to the fills). Helper
    field76 (issue 19 point 4: name75's ``林\ufffd社長`` had been offered 檎, 会, 道)."""
    return len(post) >= 2 and not post.endswith(PLACE_POSTS) and surnames_fitting(run) >= SURNAME_CENSUS_MIN \
        and body_before_head(run, post) is None


_POST_OF = lazyre.compile(f"(?:{JOB_TITLE_RE.pattern}|担当|係|窓口)の([{KANJI}]{{0,2}})$")
"""A post and の before the name it introduces (``地区委員の佐\ufffd木``, ``担当の\ufffd藤``), the name's kept letters
before the gap."""
_NAME_THEN_PARTICLE = lazyre.compile(f"^([{KANJI}]{{0,2}})(?=まで|から|が|は|に|より|へ|と|を|も|です|でした|、|。|$)")
"""A name's kept letters after the gap, then a particle, a copula or a stop: the name ends there."""


def surname_after_post(left: str, right: str) -> str | None:
    """The run of kanji (the lost glyph among them) named by a post and の before it and ended by a particle after it
    (``詳しくは地区委員の佐\ufffd木までご連絡ください``, ``担当の\ufffd藤からご案内します``): two or three letters
    (:data:`SURNAME_LETTERS`) that may be the post holder's surname, which the verdict's fills tell
    (:func:`fill_reads_a_name`: ``部\ufffd`` of 部署 reads no name); else ``None``. Fresh-user trial 73c (a PTA
    newsletter's contact: 佐々木 offered 々 first at 0.92, near the commit threshold).

    >>> surname_after_post("詳しくは地区委員の佐", "木までご連絡ください"), surname_after_post("担当の", "藤まで")
    ('佐\ufffd木', '\ufffd藤')
    >>> surname_after_post("会長の", "いさつ"), surname_after_post("委員の皆", "んへ")  # no kanji run; a kana after it
    (None, None)
    """
    before, after = _POST_OF.search(left), _NAME_THEN_PARTICLE.match(right)
    if before is None or after is None:
        return None
    run = before.group(1) + GAP + after.group(1)
    return run if 2 <= len(run) <= SURNAME_LETTERS else None


_CONTACT_NAME_LINE = lazyre.compile(
    f"^[ \u3000]*([{KANJI}{GAP}]{{2,{SURNAME_LETTERS}}})(?:[（(]([^（()）]*)[）)]|{_PHONE_AFTER_NAME.pattern})?[ \u3000]*$")


def contact_alone(text: str, start: int, above: str = "") -> str | None:
    """The run of kanji (the lost glyph among them) that is a line of its own under a contact heading, a telephone
    number or an extension after it at most, no office before it (``【問い合わせ先】`` over ``\ufffd藤（電話…）``, ``問い合わせ先``
    over ``\ufffd木　電話…``; a people's label set as a heading, ``【担当】`` over ``山\ufffd（内線２１５）``): the person who answers, or an office's short name (``窓\ufffd（電話…）``), which the
    verdict's fills tell apart (:func:`fill_reads_a_name`); else ``None``. The line before is read in ``text`` or
    ``above``. Helper name73 (name72's open case: :func:`contact_name` reads a name after its office only).

    >>> contact_alone("【問い合わせ先】\\n\ufffd藤（電話０５４−２２１−３３４４）", 9), contact_alone("\ufffd藤（電話０５４）", 0, "本文")
    ('\ufffd藤', None)
    """
    from pipeline.segment.labels import is_contact_heading

    line_start, line = _line_at(text, start)
    before = text[:line_start].rstrip("\n").rsplit("\n", 1)[-1] if line_start else above
    m = _CONTACT_NAME_LINE.match(line)
    heading = before.strip()
    # or a people's label set as a heading (``【担当】``, ``担当者：`` alone on its line): it heads a person
    label = heading.strip("【】〔〕［］〈〉＜＞<>■□◆◇●○◎ \u3000:：")
    if not heading or not (is_contact_heading(heading) or (label in PEOPLE_FIELDS and label != heading)) or m is None:
        return None
    if not m.start(1) <= start - line_start < m.end(1) or m.group(1).count(GAP) != 1:
        return None
    inner = m.group(2)
    if inner is not None and _PHONE_AFTER_NAME.fullmatch(inner) is None:
        return None  # brackets of another kind (an office's hours, a note)
    return m.group(1)


def fill_reads_a_surname(run: str, fills: Sequence[str]) -> bool:
    """One of the verdict's first :data:`OPENED_SURNAME_FILLS` ``fills`` (kanji) makes ``run`` one morpheme Sudachi
    reads as a surname (固有名詞-人名-姓: 佐藤, 斎藤 of ``\ufffd藤``), where the best may make a common word (葛藤: the
    model knows words, not the people a post introduces). Read after a post and の only (:func:`surname_after_post`),
    where a common word is rare: helper name74, fresh-user trial 73d's ``担当の\ufffd藤`` offered 葛, 佐, 斎.

    >>> fill_reads_a_surname("\ufffd藤", ["葛", "佐", "斎"]), fill_reads_a_surname("部\ufffd", ["署", "長", "屋"])
    (True, False)
    """
    from pipeline.sudachi import tokenizer

    for fill in fills[:OPENED_SURNAME_FILLS]:
        if not fill or not re.fullmatch(f"[{KANJI}]+", fill):
            continue
        morphemes = tokenizer("C").tokenize(run.replace(GAP, fill))
        if len(morphemes) == 1 and morphemes[0].part_of_speech()[1:4] == ("固有名詞", "人名", "姓"):
            return True
    return False


def fill_reads_a_name(run: str, fills: Sequence[str]) -> bool:
    """The best of the verdict's ``fills`` (a kanji) makes ``run`` (a shape's run with one lost glyph:
    :func:`surname_before_post`, :func:`contact_alone`) a person's or a place's proper noun to Sudachi, every morpheme
    固有名詞-人名 or -地名 (石川, 佐藤; 石州, 佐賀, 山梨: a surname is as often a place's name, and the model, which knows
    no person, ranks the place first), no common noun (総務 of ``総\ufffd部長``, 石鹸, 窓口).

    >>> fill_reads_a_name("石\ufffd", ["州", "鹸", "川"]), fill_reads_a_name("総\ufffd", ["務", "合"])
    (True, False)
    >>> fill_reads_a_name("\ufffd藤", ["の", "佐"]), fill_reads_a_name("\ufffd藤", []), fill_reads_a_name("野\ufffd学", ["中"])
    (False, False, False)
    """
    from pipeline.sudachi import tokenizer

    fills = [f for f in fills if f]
    if not fills or not re.fullmatch(f"[{KANJI}]+", fills[0]):
        return False
    # one morpheme: a surname and a given name read into three letters are a school's or an office's name as often
    # (``みどり野中\ufffd校長``: 野中 + 学, the school みどり野中学校; masking the regression corpus's clean lines)
    morphemes = tokenizer("C").tokenize(run.replace(GAP, fills[0]))
    return len(morphemes) == 1 and morphemes[0].part_of_speech()[1] == "固有名詞" \
        and morphemes[0].part_of_speech()[2] in ("人名", "地名")


FAMILIAR_HONORIFICS = ("ちゃん", "くん")
"""The familiar honorifics of speech and letters glued after a given name or a surname (``美咲ちゃん``, ``田中くん``),
which :data:`~pipeline.names.HONORIFICS` leaves out (a programme or a roster writes neither)."""
_ANY_HONORIFIC_NEXT = lazyre.compile(
    f"^([{KANJI}{KATAKANA}]*?)(?:{HONORIFIC_RE.pattern}|{'|'.join(FAMILIAR_HONORIFICS)})(?![{KANJI}])")
PERSON_NOUN_ENDS = "者師士手員家屋工医長主人官匠将客児子母父兄姉弟妹婆爺嫁婿娘女男生友"
"""The letters a common noun for a person ends on (the suffixes of Japanese word formation that make an agent, a trade,
a rank or a kin: 医者, 看護師, 運転手, 店員, 農家, 八百屋, 大工, 校長, 主人, 叔母, 学生): such a noun takes さん, 先生,
ちゃん as a name does (``大工さん``, ``校長先生``, ``お子さん``: session 44's reason to offer a gap there); a common noun
on another letter (大学, 田舎, 葛藤) is no person and takes none."""


PERSON_NOUN_FILLS = 2
"""The verdict's first fills of which one making a person's common noun keeps a gap before an honorific offered
(:func:`name_by_honorific`): the model ranks 皆 (of 皆さん, 皆様) first before さん often, the noun's letter second
(``看護\ufffdさん``: 皆, 士); a third fill is the model's guess (the trial's ``大\ufffdさん`` for 大野: き, 奥, 姉 of 大姉).
Measured in docs/limits.md (*Session 74, name74*)."""


def _person_noun(word: str) -> bool:
    """Sudachi reads ``word`` (a beautifying prefix aside: お子, お医者) as common nouns only, a compound's too
    (入院患者, 民生委員), ending on a letter of :data:`PERSON_NOUN_ENDS` (大工, 魚屋, 看護師, 叔母; not 大学, 田舎, nor
    恵子, a given name)."""
    from pipeline.sudachi import tokenizer

    if word[:1] in BEAUTIFYING_PREFIXES and len(word) > 1:
        word = word[1:]
    morphemes = tokenizer("C").tokenize(word)
    return bool(morphemes) and word[-1] in PERSON_NOUN_ENDS and all(
        m.part_of_speech()[:2] == ("名詞", "普通名詞") for m in morphemes)


def _fill_reads_person(run: str, fills: Sequence[str]) -> bool:
    """One of ``fills`` (kanji, as long as the run's lost glyphs) makes ``run`` one morpheme Sudachi reads as a
    person's name (固有名詞-人名: 都子, 恵子 of ``\ufffd子``; 大野 of ``大\ufffd``), where a fill ranked before it makes a
    person's common noun (お子, 大工): the model knows words, not the people an honorific follows. Helper name75
    (issue 19 point 4: ``\ufffd子さん`` had been offered お, 都, 瑤).

    >>> _fill_reads_person("\ufffd子", ["お", "都", "瑤"]), _fill_reads_person("息\ufffd", ["子", "皆", "母"])
    (True, False)
    """
    from pipeline.sudachi import tokenizer

    gap = run.count(GAP)
    for fill in fills:
        if not fill or len(fill) != gap or not re.fullmatch(f"[{KANJI}]+", fill):
            continue
        morphemes = tokenizer("C").tokenize(run.replace(GAP * gap, fill))
        if len(morphemes) == 1 and morphemes[0].part_of_speech()[1:3] == ("固有名詞", "人名"):
            return True
    return False


def _body_after_name(head: str, rest: str) -> bool:
    """The fill opening ``rest`` joins the letters of ``head`` before it into a common noun that a name or a word opens
    (鈴木 + 病院, 山田 + 商店, 各町 + 会社): a body's or a shop's name before the honorific (``鈴木病\ufffd様``: firms
    and hospitals take 様 as people do), not a person's."""
    from pipeline.sudachi import tokenizer

    at = len(head)
    for m in tokenizer("C").tokenize(head + rest):
        if m.begin() <= at < m.end():
            return 0 < m.begin() < at and m.part_of_speech()[:2] == ("名詞", "普通名詞")
    return False


def _suffix_read(run: str, after: str) -> bool:
    """Sudachi reads the honorific opening ``after`` as a word of its own after ``run`` (a fill written in): not a
    word's letters (さんぽ of ``城下町さんぽ``, 様 of 仕様 in ``製品仕様``)."""
    from pipeline.sudachi import tokenizer

    honorific = _ANY_HONORIFIC_NEXT.match(after).group(0)
    return any(m.begin() == len(run) and m.surface() == honorific for m in tokenizer("C").tokenize(run + after[:6]))


def _proper_before(word: str, honorific: str) -> bool:
    """Sudachi reads ``word`` before ``honorific`` as one proper noun (固有名詞: 正和 of 正和様)."""
    from pipeline.sudachi import tokenizer

    morphemes = tokenizer("C").tokenize(word + honorific)
    return morphemes[0].surface() == word and morphemes[0].part_of_speech()[1] == "固有名詞"


BEFORE_KANA_HONORIFICS = ("様", "さま")
"""Honorifics a notice puts after a word for its readers' people with お as often as after a name (``お子様の席``,
``お子様と一緒に``: sessions 44 and 48 offer お there): :data:`GIVEN_NAME_ENDS` does not hold a gap before them."""
GIVEN_NAME_ENDS = "子美恵代江枝郎雄彦介助太也哉斗翔樹輝菜奈香"
"""The letters a given name of two letters ends on far more often than a word before an honorific does (恵子, 明美,
一郎, 健太, 直樹, 春菜): the lost glyph before one, opening the run glued to an honorific, is a given name's first
letter (:func:`name_by_honorific`), whatever the fills; the words of the shape (お子さん, 息子さん, 弟子さん) are held
with them (measured in docs/limits.md, *Session 75, name75*). Not 夫, 男, 美 alone … where a common word is as
likely: 夫 (丈夫, 工夫) and 男 (長男) are left out."""


_PEOPLE_COUNT = lazyre.compile(r"^[一二三四五六七八九十何]+[人名]$")
"""A count of people (``一人``, ``二名``, ``何人``) glued before an honorific: a fee's or a seat's ``お一人様``, no name."""


def name_by_honorific(left: str, right: str, gap: int, fills: Sequence[str], familiar_only: bool = False) -> str | None:
    """The name's letters around the gap (the lost glyphs shown) where the gap of ``gap`` lost glyphs stands in the
    run of kanji and katakana glued before an honorific (:data:`~pipeline.names.HONORIFICS` or
    :data:`FAMILIAR_HONORIFICS`: ``大\ufffd先生``, ``\ufffd咲ちゃん``, ``田\ufffdくん``), the run
    :data:`NAME_REACH` letters at most with a kept letter in it, and none of the verdict's first
    :data:`PERSON_NOUN_FILLS` fills (``fills``, best first) makes a common noun for a person of the run (:func:`_person_noun`: 大工さん, 校長先生 keep their
    candidates, as session 44 decided) unless one of the first three makes it a person's name (:func:`_fill_reads_person`); nor a kana that opens a word with the letters after it or is a particle
    before them (``は田中さん``, ``多くの皆様``), nor a fill that makes a body's name of the letters before it
    (``鈴木病\ufffd様``: :func:`_body_after_name`). A run of two lost
    glyphs or more before a given name written whole (``名誉教授の\ufffd\ufffd正和様``) is a surname whatever the
    fills, and so is one glyph before a letter of :data:`GIVEN_NAME_ENDS` a given name (``\ufffd子さん``: helper name75;
    お子さん is held with it; not before 様, :data:`BEFORE_KANA_HONORIFICS`). Else ``None``; with ``familiar_only``, ``None`` too before an honorific of
    :data:`~pipeline.names.HONORIFICS` (read where :func:`kana_before_honorific` offered the gap). Helper name74 (issue 19 point 4, fresh-user trial 73d: ``大\ufffd先生`` offered 学, 半, の,
    ``\ufffd咲ちゃん`` 実, 花, 美, ``\ufffd\ufffd正和様`` に修, 値が).

    >>> name_by_honorific("顧問の大", "先生の指導", 1, ["学", "半"]), name_by_honorific("友人の", "咲ちゃんと", 1, ["実"])
    ('大\ufffd', '\ufffd咲')
    >>> name_by_honorific("近所の大", "さんが", 1, ["工"]), name_by_honorific("隣の", "客さんが", 1, ["お"])
    (None, None)
    >>> name_by_honorific("名誉教授の", "正和様に", 2, ["に修"]), name_by_honorific("", "田中さん", 1, ["は"])
    ('\ufffd\ufffd正和', None)
    >>> name_by_honorific("参加費　", "一人様 4,500円", 1, ["受"])  # a count of people (name74b's near miss)
    >>> name_by_honorific("近所の", "子さんに", 1, ["お", "拍", "親"])  # a given name's first letter (helper name75)
    '\ufffd子'
    """
    m = _ANY_HONORIFIC_NEXT.match(right)
    if m is None or (familiar_only and not right[len(m.group(1)):].startswith(FAMILIAR_HONORIFICS)):
        return None
    head = re.search(f"[{KANJI}{KATAKANA}]*$", left).group(0)
    tail = m.group(1)
    run = head + GAP * gap + tail
    if not (head or tail) or len(run) > NAME_REACH + (gap - 1):
        return None
    honorific = right[len(tail):m.end()]
    if _PEOPLE_COUNT.match(tail):
        return None  # a count of people before the honorific (``参加費　�一人様``: お一人様, a fee per person)
    given = not head and len(tail) >= 2 and _person_name_word(tail, honorific)
    if gap >= 2:
        # two lost letters or more before a given name: the surname's length, no kana's; a given name Sudachi does not
        # know as one is read as a proper noun of its own before the honorific (正和 固有名詞-一般)
        return run if not head and len(tail) >= 2 and (given or _proper_before(tail, honorific)) else None
    best = next((f for f in fills if f), None)
    if best is None or len(best) != gap:
        return None
    if gap == 1 and not head and len(tail) == 1 and tail in GIVEN_NAME_ENDS and honorific not in BEFORE_KANA_HONORIFICS:
        return run  # a given name's first letter (``隣に住む\ufffd子さん``: お, 拍, 親 offered): whatever the fills
    # the honorific read as a word of its own with the best kanji fill (a kana fill may run into it: 大きさ)
    written = next((f for f in fills if f and len(f) == gap and re.fullmatch(f"[{KANJI}{KATAKANA}]+", f)), best)
    # a person's common noun made by the best fill or the next (``看護\ufffdさん``: 皆 of 皆さん first, 士 second),
    # unless another of the first fills makes the run a person's name (``隣に住む\ufffd子さん``: お of お子さん first, 都 and
    # 瑤 of 都子, 瑤子 after it: both readings stand, and a name is never offered)
    if (any(len(f) == gap and _person_noun(head + f + tail) for f in fills[:PERSON_NOUN_FILLS] if f)
            and not (honorific not in BEFORE_KANA_HONORIFICS and _fill_reads_person(run, fills[:OPENED_SURNAME_FILLS]))) \
            or not _suffix_read(head + written + tail, right[len(tail):]):
        return None
    if head and _body_after_name(head, best + tail):
        return None
    if not head and re.fullmatch(f"[{HIRAGANA}]+", best) and _opened_word(best + tail, len(best)) in ("common",
                                                                                                    "particle") \
            and not (honorific not in BEFORE_KANA_HONORIFICS and _fill_reads_person(run, fills[:OPENED_SURNAME_FILLS])):
        return None  # a kana joining the letters after it into a word, or a particle before them (は田中さん, の皆様)
    return run


CLERGY_POSTS = ("住職", "宮司", "権宮司", "禰宜", "牧師", "神父", "司祭")
"""The posts of a temple's, a shrine's and a church's clergy (:data:`~pipeline.names.JOB_TITLES`' own list): written
glued after the name of the temple, the shrine or the church they serve (``長福寺住職``, ``大雲院副住職``,
``氷川神社宮司``), a proper name, which no common word stands for (:func:`institution_before_post`)."""
_POST_PREFIXES = "副御"
"""A deputy's prefix (副住職) or an honorific one (宗清寺御住職) glued before the post."""
INSTITUTION_ENDS = ("寺", "院", "庵", "坊", "堂", "社", "宮", "教会")
"""How a temple's (長福寺, 大雲院, 金剛庵, 宿坊, 御影堂), a shrine's (氷川神社, 出雲大社, 八幡宮) or a church's (聖公会
教会) name ends: the kind of body, written after its proper name. The rule reads a gap before such an intact ending
only: a gap in the ending itself (``信光\ufffd住職``, ``氷川神\ufffd宮司``) is a common letter the model reads as any
(masked on clean lines, both were committed right)."""
_INSTITUTION_RUN = lazyre.compile(f"^([{KANJI}{KATAKANA}]*?)([{_POST_PREFIXES}]?)({'|'.join(CLERGY_POSTS)})(?![{KANJI}])")
_INSTITUTION_HEAD = lazyre.compile(f"[{KANJI}{KATAKANA}]*$")
INSTITUTION_LETTERS = 8
"""Letters (the lost glyph included) of a temple's, a shrine's or a church's name glued before its clergy's post that
:func:`institution_before_post` reads: two (天寧寺's 寧寺 when 天 is lost with nothing before it) to eight (the longest
temple name the regression texts write, 光明山遍照寺, with its 山号)."""


def institution_before_post(left: str, right: str) -> tuple[str, str] | None:
    """(run, post) where the one lost glyph stands in the run of kanji or katakana glued before a post of a temple's, a
    shrine's or a church's clergy (:data:`CLERGY_POSTS`, after a deputy's 副 or an honorific 御 or not) and ending,
    after the lost glyph, as such a body's name ends (:data:`INSTITUTION_ENDS`): the run, the lost glyph among
    :data:`INSTITUTION_LETTERS` at most, names the temple, the shrine or the church, a proper name (``\ufffd福寺住職``,
    ``大\ufffd院副住職``); else ``None``. A fill making the run a common word (大学院 of ``大\ufffd院副住職``, a graduate
    school under a temple's deputy priest) makes no sense there, and a proper name is never guessed: the caller
    offers the fills, never commits one. Fresh-user trial 77b's memorial service notice (issue 19 point 6: 大雲院's 雲
    committed 学 at 0.9671; 長福寺's 長 had been held as a person's name glued before a post).

    >>> institution_before_post("一、随喜　", "福寺住職　杉山"), institution_before_post("　　大", "院副住職　荒木")
    (('\ufffd福寺', '住職'), ('大\ufffd院', '副住職'))
    >>> institution_before_post("氷", "神社宮司　東角井"), institution_before_post("", "職の杉山")
    (('氷\ufffd神社', '宮司'), None)
    >>> institution_before_post("寺の", "住職が"), institution_before_post("大", "院院長")  # no run; no clergy's post
    (None, None)
    >>> institution_before_post("氷川神", "宮司"), institution_before_post("そのお寺の", "代住職のこと")  # no name's end
    (None, None)
    """
    m = _INSTITUTION_RUN.match(right)
    if m is None:
        return None
    run = _INSTITUTION_HEAD.search(left).group(0) + GAP + m.group(1)
    if not 2 <= len(run) <= INSTITUTION_LETTERS or not m.group(1).endswith(INSTITUTION_ENDS):
        return None
    return run, m.group(2) + m.group(3)


def common_noun(word: str) -> bool:
    """Sudachi (mode C) reads ``word`` whole as one common noun (名詞-普通名詞: 大学院, 病院), not a proper noun (東福寺)
    nor a name and a suffix (長福 + 寺, 大雲 + 院): a word no temple, shrine or church is named
    (:func:`institution_before_post`).

    >>> common_noun("大学院"), common_noun("東福寺"), common_noun("大雲院")
    (True, False, False)
    """
    from pipeline.sudachi import tokenizer

    morphemes = tokenizer("C").tokenize(word)
    return len(morphemes) == 1 and morphemes[0].part_of_speech()[:2] == ("名詞", "普通名詞")
