"""Words that stand beside a person's name in Japanese: job titles and honorifics.

One list for every stage: segment splits a speaker line after the last job
title (``港町市国際部長 佐藤 一郎`` → affiliation, name), and restore never
fills a gap where a name stands. The lists are the general ones any Japanese
style guide gives (public-sector ranks, academic ranks, company officers),
not words of one document.
"""

from __future__ import annotations

import re

from pipeline.chardata import KANJI, KATAKANA

JOB_TITLES = (
    # 教育長: a municipal board of education's head, a notice's sender alone over its subject (helper fix68c)
    "部長", "課長", "局長", "室長", "所長", "係長", "次長", "本部長", "会長", "社長", "市長", "副市長", "町長", "村長",
    "区長", "知事", "議長", "教育長", "理事長", "理事", "学長", "校長", "院長", "館長", "園長", "センター長", "監", "官", "審議官",
    # a company's site heads (横浜工場長, 大阪支店長: a personnel notice's roster; fresh-user trial 73d) and a station's
    "工場長", "店長", "署長",
    "教授", "准教授", "講師", "助教", "研究員", "主任", "主査", "主幹", "参事", "顧問", "委員", "委員長",
    "代表", "代表取締役", "取締役", "専務", "常務", "議員", "長官", "大臣", "大使", "総裁", "首相", "博士",
    # the ranks below a section chief in a municipality or a public research institute: 主事 (clerical), 技師
    # (technical), 主任 …, 係員; 補佐/代理 ranks; and the posts of specialists, advisers and research staff
    "主事", "技師", "技手", "技術員", "係員", "班長", "課長補佐", "室長補佐", "課長代理", "部長代理", "所長代理", "助役",
    "専門員", "調査員", "指導員", "相談員", "支援員", "推進員", "補助員", "嘱託員", "所員", "技術職員", "学芸員", "司書",
    "保健師", "助手",
    # a byline's and a profession's posts: the press (記者, 特派員, 編集長, a paper's 編集委員 and 論説委員), school teachers (教諭, 教頭) and the
    # licensed professions named 士/師 (弁護士, 医師 …), which stand before a name as a rank does
    "記者", "特派員", "編集長", "編集委員", "論説委員", "解説委員", "教諭", "教頭", "医師", "看護師", "薬剤師", "弁護士", "税理士", "会計士", "建築士",
    "技術士", "社会福祉士",
    # a hospital's ward and department heads (看護師長 / 病棟師長 a ward's head nurse, 医長 a department's senior doctor):
    # ``病棟看護師長：森下 恵子`` had been cut after ``看護師``, ``長：`` left in the name (helper misc74, trial 74d)
    "師長", "医長",
    # a Chinese government's ranks as a Japanese text writes them (処 a division, 科 a section, 庁 a department:
    # 蘇州市外事弁公室 日本処長 陳 明華, trial 31, where no post ended the office and the line stayed in front)
    "処長", "副処長", "科長", "副科長", "庁長", "副庁長",
    # a student author's standing, set where a member of staff sets a rank (``…研究科　修士課程　小林 彩`` under
    # ``…建築学科　准教授　山本 直樹``: fresh-user trial 62c, the student's line had stayed front, an author lost);
    # the courses of the Standards for the Establishment of Graduate Schools (大学院設置基準) and the students so named
    "修士課程", "博士課程", "博士前期課程", "博士後期課程", "専門職学位課程", "大学院生", "学部生", "研究生",
    # a company's and an agency's posts written in katakana after their English (``担当マネージャー``, ``国際交流
    # コーディネーター``, ``プロジェクトディレクター``) and the plain ``技術者``: a speaker's line ending so had named no one
    # (helper place64, after the limit helper order63b recorded: ``…担当マネージャー　…``, ``…局 技術者　…``)
    "マネージャー", "マネジャー", "ディレクター", "コーディネーター", "アドバイザー", "スペシャリスト", "技術者",
    # a shrine's, a temple's and a church's heads and clergy, who sign its notices (``氷川神社宮司　東角井 光臣`` closing
    # a festival's notice: fresh-user trial 74b, session 74, no speaker read)
    "宮司", "権宮司", "禰宜", "住職", "牧師", "神父", "司祭",
    # the head of a haiku or tanka circle (結社) or a theatre company, who heads its magazine (``若葉俳句会（主宰　青木
    # 白雲）``: fresh-user trial 76b, helper struct76b, no speaker read)
    "主宰",
)
"""Job titles an affiliation ends with; the name follows them. The local-government ranks and posts are the
職名 of municipal staff regulations (the 等級別基準職務表 of a city's salary ordinance lists 主事・技師, 主任,
主査, 係長, 課長補佐, 課長, 次長, 部長; research institutes add 研究員, 主任研究員, 専門員); ``技監``, ``研究官``
end in 監 and 官, ``主任技師`` and ``主任研究員`` in 技師 and 研究員."""

CLUB_POSTS = ("幹事", "監事", "書記", "世話人", "座長", "総代", "団長", "組長", "主将", "監督", "師範")
"""A club's, an association's, a festival's and a team's officers, who sign its bulletins and reports (``クラブ幹事
大西 昭``): read by restore's name abstention only (``abstention.name_after_post``: fresh-user trial 79b's go club, whose
given name, lost whole, was offered は, と). Not :data:`JOB_TITLES`: segment reads a post's line as a speaker's, and a
notice's item ``神輿総代　野�清三郎`` under its route line had opened a second talk there (session 79's merge
review); ``会計`` is an office's word too."""

CHARGE_POSTS = ("担当者", "担当")
"""Posts named by the duty they are charged with, the duty written glued before them (``国際関係担当``,
``広報担当者``; ``…担当課長``, ``…担当部長`` end in a job title of :data:`JOB_TITLES` already). Not job titles
alone: ``担当`` and ``担当者`` are a contact line's labels too (:data:`CONTACT_FIELDS`: ``担当：山田``, ``担当　山田``),
so they are a post only glued to a duty and ending their word (:data:`CHARGE_POST_RE`). Fresh-user trial 64d:
``バンクーバー市国際関係担当 ジョン・スミス`` named no speaker (issue 16 point 1)."""

CHARGE_POST_RE = re.compile(f"(?<=[{KANJI}{KATAKANA}])(?:{'|'.join(CHARGE_POSTS)})(?=[\\s\u3000]|$)")
"""A post of :data:`CHARGE_POSTS` glued after its duty's kanji or katakana (``国際関係担当``), white space or the
text's end after it: never a label opening its line or set off by a space (``担当：山田``, ``市民課　担当 鈴木``), nor
the noun after a particle (``本事業の担当``), nor the head of a longer word (``担当課``)."""

JOB_TITLES_EN = (
    "Engineer", "Scientist", "Researcher", "Professor", "Lecturer", "Director", "Manager", "Head", "Lead", "Officer",
    "Analyst", "Consultant", "Architect", "Developer", "Designer", "Fellow", "Student", "Chair", "President",
    "Founder", "Co-founder", "CEO", "CTO", "CFO", "COO", "Coordinator", "Specialist", "Adviser", "Advisor", "Planner",
    "Curator", "Librarian", "Editor", "Economist", "Statistician", "Mayor", "Counsel", "Postdoc", "Candidate",
    "Chairman", "Chairwoman", "Chairperson", "Secretary", "Treasurer", "Clerk",
    # a school's head, signing its prospectus's welcome (``Mrs Helen Ardmore`` / ``Headteacher``: fresh-user trial
    # 80d, session 81, helper minutes81; ``Headmaster`` is a ``-master`` compound already)
    "Headteacher",
)
OFFICE_TITLES_EN = (
    # the heads of an office's post in English public service, a port's, a park's, a court's or a college's (``Park
    # Warden``, ``Fire Commissioner``, ``Building Inspector``, ``Town Surveyor``): fresh-user trial 69d's ``Ahmed
    # Rahimi, Harbour Master, Port Haldane City`` named no speaker, its post's head in no list (helper credit70)
    "Warden", "Commissioner", "Superintendent", "Inspector", "Supervisor", "Administrator", "Controller",
    "Comptroller", "Registrar", "Surveyor", "Auditor", "Assessor", "Ombudsman", "Governor", "Councillor", "Councilor",
    "Alderman", "Trustee", "Ranger", "Sheriff", "Commander", "Commandant", "Minister", "Ambassador", "Consul",
    "Attorney", "Solicitor", "Representative", "Liaison", "Bailiff", "Custodian", "Archivist", "Examiner", "Dean",
    "Chancellor", "Provost", "Marshal", "Steward", "Constable",
)
"""The heads of an office's post (:data:`JOB_TITLES_EN` holds them): several are surnames too (``Jack Warden``,
``James Dean``), so a given name before one makes a person's name, not a post (``segment.names._post_closes``)."""
JOB_TITLES_EN = JOB_TITLES_EN + OFFICE_TITLES_EN
"""English posts a speaker's affiliation line names before the organisation (``Staff Engineer, Lumen Data
Systems``, ``Head of Research at …``): the ranks and roles of the English-speaking academy, civil service and
companies, the counterpart of :data:`JOB_TITLES` (a closed set of common words, no document's); and a body's officers,
who sign its minutes and letters (``Secretary``, ``Treasurer``, ``Clerk``: trial 43's brief, a signature's post under
the signer's name)."""

POST_QUALIFIERS_EN = ("Senior", "Chief", "Deputy", "Assistant", "Associate", "Vice", "Acting", "Executive", "Principal")
"""Words that may stand before an English post (``Deputy Director``, ``Senior Lecturer``)."""

QUALIFIED_TITLES_EN = ("Master", "Keeper", "Chief", "Captain", "Pilot")
"""Heads of an English post only after the word that says what they are in charge of (``Harbour Master``, ``Station
Master``, ``Lighthouse Keeper``, ``Fire Chief``, ``Port Captain``): alone or opening a phrase they are a degree's, a
plan's or a rank's word as often (``Master of Science``, ``Master Plan``, ``Captain Cook``), so they are never a post
by themselves (helper credit70, fresh-user trial 69d's ``Harbour Master``)."""

_COMPOUND_MASTER = re.compile(r"[A-Z][a-z]{2,}(?:master|mistress)")
"""A post of the ``-master`` kind written as one word (``Harbourmaster``, ``Headmaster``, ``Postmaster``)."""


def post_head(word: str, qualified: bool = False) -> bool:
    """``word`` is the head of an English post: a job title of :data:`JOB_TITLES_EN`, a ``-master`` written as one word
    (``Harbourmaster``), or, where ``qualified`` (a capitalised word of the post stands before it), one of
    :data:`QUALIFIED_TITLES_EN` (``Harbour Master``).

    >>> post_head("Warden"), post_head("Master"), post_head("Master", qualified=True), post_head("Harbourmaster")
    (True, False, True, True)
    >>> post_head("Plan", qualified=True), post_head("Masters", qualified=True)
    (False, False)
    """
    return word in JOB_TITLES_EN or (qualified and word in QUALIFIED_TITLES_EN) \
        or _COMPOUND_MASTER.fullmatch(word) is not None


def english_post_words(words: list[str]) -> int:
    """How many of ``words`` make the English post they open with: its qualifiers (:data:`POST_QUALIFIERS_EN`) and a
    job title of :data:`JOB_TITLES_EN`; 0 when they open on none.

    >>> english_post_words(["Deputy", "Director", "of", "Finance"]), english_post_words(["Head", "Start"]), english_post_words(["Harbour"])
    (2, 1, 0)
    """
    n = 0
    while n < len(words) and words[n] in POST_QUALIFIERS_EN:
        n += 1
    return n + 1 if n < len(words) and post_head(words[n], qualified=n > 0) else 0


SIGNATURE_WORD = re.compile(r"[A-Z][\w'’&.-]*|[a-z]{1,3}|&")
"""A word of a name, post or office as a signature sets it: capitalised, or a short joining word (``to``, ``the``,
``of``, ``and``)."""


def signer_post(text: str) -> bool:
    """A signer's post alone on its line, in title case (up to six words, :data:`SIGNATURE_WORD`): opening on an English
    post (``Clerk to the Council``, ``Chair of the Board``: :func:`english_post_words`) or ending on one (``Town
    Clerk``, ``Honorary Secretary``: :data:`JOB_TITLES_EN`). Segment's signatures read it (``sections``), and restore's
    authors' lines (``segment.authors._post_after_name``), here so that a restore process need not import ``sections``
    for it (its 71 patterns compiled at import: session 81, speed81).

    >>> signer_post("Clerk to the Council"), signer_post("Town Clerk"), signer_post("Village Hall"), signer_post("Clerk to the council will reply.")
    (True, True, False, False)
    """
    words = text.split()
    return 0 < len(words) <= 6 and all(SIGNATURE_WORD.fullmatch(w) for w in words) \
        and (english_post_words(words) > 0 or post_head(words[-1], len(words) > 1))

HONORIFICS = ("氏", "様", "さん", "先生", "君")
"""Honorifics that follow a name directly (no space)."""
WRITTEN_HONORIFICS = ("氏", "先生", "様")
"""The honorifics a programme or a notice writes after a speaker's name (``佐藤 由美 氏``, ``山田 太郎先生``): no part
of the name (segment's ``front._TRAILING_HONORIFIC``), and the mark of a lecture's speaker after ``講師：``
(``labels.LECTURER_LABEL``); ``さん`` and ``君`` are speech's and minutes', not a programme's."""

MEETING_ROLES = ("事務局", "参考人", "説明員", "公述人", "証人", "発言者", "幹事", "書記")
"""Who speaks in a Japanese meeting's record beside its members and officers (a post: :data:`JOB_TITLES`):
the secretariat, a witness or expert heard, a staff member who explains, a secretary. A closed list."""
TRANSCRIPT_ROLES = ("司会", "司会者", "進行", "進行役", "コーディネーター", "モデレーター", "ファシリテーター", "聞き手",
                    "インタビュアー", "質問者", "回答者", "会場", "参加者", "記者", "全員", "一同")
"""Who speaks in a transcript by role rather than by name (a panel's or round-table's chair, an interviewer, a
questioner from the floor, a reporter): a closed list beside a meeting's roles (:data:`MEETING_ROLES`), read only where a
speech follows (segment's ``labels.transcript_speaker``), so ``司会：山田太郎`` stays a minutes' field. A role may carry a short tag
(``質問者A``, ``参加者２``). The role is the speaker's label, never a participant's name."""

ATTENDANCE_FIELDS = (
    "出席者", "欠席者", "陪席者", "出席委員", "欠席委員", "出席議員", "欠席議員", "説明のため出席した者",
    "職務のため出席した者", "職務のため出席した職員", "職務のため出席した事務局職員",
    "Present", "Attendees", "Attendance", "In attendance", "Also present", "Also attending", "Absent", "Apologies",
    "Apologies for absence", "Regrets", "Guests", "Members present",
)
"""Labels of a meeting's attendance fields (who attended, who was absent or sent apologies): the record's fields,
whose names are never a title block's speaker (segment, ``titleblock._read_speaker``)."""

SPEAKER_FIELDS = (
    "発表者", "講演者", "登壇者", "報告者", "演者", "著者", "執筆者", "筆者", "著", "語り手", "話し手", "氏名",
    "Speaker", "Speakers", "Presenter", "Presenters", "Reporter", "Author", "Authors",
    "Organisers", "Organizers", "Organiser", "Organizer", "Editors", "Editor",
    "Student", "学生", "报告人", "汇报人", "答辩人", "主讲人",
    "作成者", "作成", "編集者", "編集", "編者", "研究代表者", "代表者",
    "Inventor", "Inventors", "発明者",
)
"""Labels of a field whose value is the talk's speaker or the paper's author (``報告者：中川 美咲（…財団）``,
``Presenter: Misaki Nakagawa (…)``, ``発表者：高田 菜摘``): on a title block or a deck's cover the label is no part
of the name, which starts after it and its colon (segment's :func:`~pipeline.segment.names.byline`), and the line is
the speaker's. Trial 43: a bilingual deck's cover, ``報告者：…`` over ``Presenter: …``, had no speaker. The
presenter's and the author's labels of Japanese and English programmes and papers; not ``講師`` or ``Lecturer``, a
syllabus's field as often (:data:`~pipeline.segment.labels.FIELD_LABELS`). A workshop report's or a volume's
organisers and editors (``Organisers: Sarah Whitfield (University of Leeds) and …``) are its authors, and an essay's
``筆者：`` / ``著：`` its author (user trial 51b: the organisers' line had gone to ``front``), a patent application's
``Inventors:`` / ``発明者：`` its authors (session 77: uspatent's template had the line joined to its title); a told
story's teller (``語り手　大槻 ハル``, ``話し手：…``: a folk tale's record names who told it, fresh-user trial 61). A thesis
defence's or a course talk's presenter on its cover, ``Student: Jingxuan Yang``, ``学生：杨敬轩``, and Chinese decks'
``报告人：``, ``汇报人：``, ``答辩人：``, ``主讲人：`` (trial 62b: the THU beamer decks had no speaker, the labelled line the
subtitle); the supervisor's ``导师：`` / ``指导教员`` is no speaker. A research report's or a grant's principal
investigator, ``研究代表者：藤井 隆之（信州大学 農学部 准教授）`` (``代表者：`` alone too), is its author (fresh-user trial 73:
the speaker's name had kept its label, helper lab73)."""

SIGNATURE_FIELDS = (
    "議事録署名人", "署名人", "署名", "議事録作成者", "記録者", "記録", "書記",
    "Signed", "Signature", "Signed by", "Minutes taken by", "Minutes recorded by", "Recorded by", "Minute taker",
    "Note taker",
)
"""Labels of the fields that close minutes under their last item: who signs them and who kept the record
(``議事録署名人　田村 一郎``, ``記録　佐藤 花子``, ``Signed: A. Price (Chair)``, ``Minutes taken by: …``). Such a
label opens the closing block even where no blank line parts it from the last item's text (segment's
``sections._signature_tail``)."""

CONTACT_FIELDS = ("担当者", "担当", "連絡先", "文責", "作成者", "Contact person")
"""Labels of a contact line's field naming the person who answers for the text (``担当：森 玲奈``, ``文責：佐藤 健一``):
a name after one is a person's name (issue 19 point 4; trial 54b's deck closed on ``担当：森(cid:5120) 玲奈``, whose
surname was offered 林, 友, 田). Its value may name the department first (``担当：都市計画課 森 玲奈``) or be a number
(``連絡先：0277-…``): the item's shape decides (restore's ``abstention._name_item``). Not ``Contact`` alone, which
heads an address or an e-mail as often."""

PEOPLE_FIELDS = (
    # minutes: who attended, who was absent or sent apologies, who chaired and who kept the record
    *ATTENDANCE_FIELDS, *SIGNATURE_FIELDS, "説明員", "司会", "司会者",
    # a contact line's person
    *CONTACT_FIELDS,
    # a talk's, a paper's or a thesis's people
    *SPEAKER_FIELDS, "講師", "指導教員", "指導教官", "主査", "副査", "Chair", "Chaired by", "Chairperson", "Secretary",
    "Panellists", "Panelists", "Moderator", "Facilitator",
    "Lecturer", "Instructor", "Instructors", "Supervisor", "Supervisors", "Advisor", "Adviser", "Examiner", "Examiners",
)
"""Labels of a field whose value lists people by name (``Present: Helen Okafor (Chair), Tom Reyes``, ``出席者：山本、
田村``): the minutes' attendance fields and a talk's, paper's or thesis's people, the general ones of minutes and
covers (segment's :data:`~pipeline.segment.labels.FIELD_LABELS` reads the same fields as fields). Not a field that
lists groups as often as people (``参加者：市民、学生``, ``傍聴者：3名``)."""

NAME_PARTICLES = ("de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "la", "le", "van", "von", "ter",
                  "ten", "bin", "ibn", "al")
"""Lower-case particles inside a surname (``Lídia del Rio``, ``Ludwig van Beethoven``, ``Vincent van der Berg``): the
nobiliary and patronymic particles of Spanish, Portuguese, Italian, French, Dutch, German and Arabic names."""

GAELIC_PARTICLES = ("Ó", "Ua", "Uí", "Ní", "Nic", "Mac", "Mhic")
"""Capitalised particles that open an Irish surname (``Siobhán Ó Dálaigh``, ``Aoife Ní Bhriain``, ``Seán Mac
Giolla``, ``Cathal Ua Buachalla``), an ``an`` after them at most (``Mac an tSaoi``); the surname after them may take a
prothetic ``h``, ``t`` or ``n`` before its capital (``Ó hUiginn``, ``Ní hÉalaí``, ``Mac an tSaoi``). ``O'`` is written
joined to its surname (``O'Neill``), a name's word already. Trial 44: ``Siobhán Ó Dálaigh¹`` was no name (``Ó`` is
one letter, no name's word), and the author line ran into the title."""

JOB_TITLE_RE = re.compile("|".join(sorted(map(re.escape, JOB_TITLES), key=len, reverse=True)))
"""Any job title, longest first (``理事長`` before ``理事``)."""

POSTS_RE = re.compile(f"(?:{JOB_TITLE_RE.pattern})+")
"""One job title or several in a row, a post's whole word (``主任研究員``, ``課長補佐``): what follows an
organisation on a line that names no one (``北陸ことば研究所 主任研究員``), never a name."""

HONORIFIC_RE = re.compile("|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)))


def ends_with_job_title(text: str) -> bool:
    """True when the text (an affiliation) ends with a job title, white space aside.

    >>> ends_with_job_title("札幌市経済観光局国際部長 "), ends_with_job_title("仙台市の")
    (True, False)
    >>> ends_with_job_title("北山市農政課 主任技師"), ends_with_job_title("県立博物館 学芸員"), ends_with_job_title("市民課 主事")
    (True, True, True)
    >>> ends_with_job_title("社会部 記者"), ends_with_job_title("港北中学校 教諭"), ends_with_job_title("港北法律事務所 弁護士")
    (True, True, True)

    A duty's charge glued before ``担当`` or ``担当者`` is a post (:data:`CHARGE_POST_RE`); the contact label alone is
    none:

    >>> ends_with_job_title("バンクーバー市国際関係担当"), ends_with_job_title("広報担当者"), ends_with_job_title("担当")
    (True, True, False)
    >>> ends_with_job_title("市民課　担当"), ends_with_job_title("本事業の担当")
    (False, False)
    """
    stripped = text.rstrip(" \u3000\t")
    return any(stripped.endswith(t) for t in JOB_TITLES) or any(m.end() == len(stripped) for m in CHARGE_POST_RE.finditer(stripped))


# -- English words that close a place's or a body's name (helper ennames76: one table, read by segment and restore) --

PLACE_WORDS_EN: dict[str, tuple[str, ...]] = {
    # a street's word spelt out: a street's name ends on it, and after a capitalised word it makes that word a
    # street's, not a person's (``Holloway Road``, ``Pr\ufffdce Street``)
    "street": ("street", "road", "avenue", "lane", "way"),
    # the other street types of Australia Post and NZ Post (the common ones) and their abbreviations, read on an
    # address's line only (a house number before them): as words they follow surnames too (``Smith Court``)
    "street, abbreviated or on an address": (
        "st", "rd", "ave", "av", "ln", "quay", "drive", "dr", "place", "pl", "crescent", "cres", "terrace", "tce",
        "close", "court", "ct", "boulevard", "blvd", "square", "sq", "parade", "pde", "highway", "hwy", "grove",
        "gardens", "mews", "row", "wharf", "esplanade", "walk", "rise"),
    # a kind of place or building closing a place's name (``City Hall``, ``Heron Castle``, ``Mill Green``); several
    # are surnames too (Hall, Park, Green)
    "place": (
        "hall", "castle", "park", "church", "chapel", "cathedral", "abbey", "bridge", "station", "museum", "library",
        "gallery", "centre", "center", "tower", "garden", "market", "harbour", "harbor", "school", "college",
        "hospital", "theatre", "theater", "palace", "temple", "shrine", "lake", "river", "bay", "island", "beach",
        "valley", "green", "common", "field", "fields", "hill", "wood", "woods", "farm", "mill", "pier", "port",
        "airport", "stadium",
        # a water's or a wetland's kind (``Radley Lakes``, ``Farmoor Reservoir``: fresh-user trial 76b's sightings
        # report had its sites' letters held as people's); surnames among such words (Marsh, Heath, Moor) left out
        "lakes", "reservoir", "reservoirs", "estuary", "loch", "creek", "fen", "fens", "wetland", "wetlands"),
    # a body's or an area's kind after its name (``Marston University``, ``Nitta Town``, ``Ashby Forest``)
    "body": ("university", "institute", "town", "city", "county", "village", "district", "council", "borough",
             "prefecture", "province", "forest", "forests", "cedar", "point"),
}
"""The English words that close a place's, a street's or a body's name, by kind: one table for segment (a street line,
:func:`pipeline.segment.tables.street_named`) and restore (a place's word is no surname: :mod:`pipeline.restore.
evidence.abstention`, :mod:`pipeline.restore.evidence.prose_name`)."""
STREET_WORDS = frozenset(PLACE_WORDS_EN["street"] + PLACE_WORDS_EN["street, abbreviated or on an address"])
"""The word an English-speaking country's street name ends on (``14 Quay Street``, ``221 Station Rd``): a line led by a
house number and ending on one is a street by its words."""
PLACE_KINDS = frozenset(PLACE_WORDS_EN["place"])
"""The kinds of place or building that close a place's name (``City Hall``, ``Heron Castle``, ``Mill Green``)."""
NAME_CLOSING_WORDS = frozenset(PLACE_WORDS_EN["place"] + PLACE_WORDS_EN["body"] + PLACE_WORDS_EN["street"])
"""Words after a capitalised word that make it a place's or a body's, not a surname (``Marston University``, ``Tokyo
Station``, ``Holloway Road``): the places', the bodies' and the street's words spelt out."""
