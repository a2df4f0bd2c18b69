"""Helper paper66 (issue 16), after fresh-user trial 66b's English journal article and policy brief. Made-up
documents in other wordings and layouts (also under /work/regress/in_paper66/).

1. A journal's running head with its folio set off at its end (``Journal of … 12 (3), 2024        46``) is furniture
   even once; the first page's masthead over the title, the same head with the article's page range, is kept in
   ``front`` (where it was published), no longer dropped.
2. A figure's or table's caption (``Figure 1. …``, ``Table 3: …``, ``Fig. 4 Night-time …``) under a paragraph's last
   sentence opens its own paragraph; a sentence naming a figure (``Table 2 of the appendix``) goes on.
3. A line opening on a bracketed aside (``(r = 0.71). …``) carries the sentence of the line over it on; an enumerator's
   label (``(1) ``) opens an item, and an aside after a full stop its own line.
4. A sentence cut by a dropped footer (``… weakens local`` / ``Policy Brief No. 4 | page 1`` / ``economies and …``) is
   one paragraph, and the short title-case line over it is the section's heading.
5. A date closing the speaker's affiliation line (``Center for Regional Policy, March 2025``) is no part of the
   affiliation; the speaker's text keeps the line.
"""

from __future__ import annotations

from segmenting import furniture_of, only_talk, paragraph_texts, text_of

JOURNAL_ARTICLE = 'Journal of Urban Studies 12 (3), 2024, 45-61\n\nMeasuring Walkability in Mid-Sized Japanese Cities\nKenji Mori and Laura Bennett\nDepartment of Urban Engineering, Tohoku University\n\nAbstract\nThis study proposes a walkability index for mid-sized Japanese cities using open\ndata on street networks, land use and public transport. We apply the index to\ntwelve cities and compare it with resident survey results.\nKeywords: walkability; urban form; open data; Japan\n\n1. Introduction\nWalkability has become a central concept in urban planning over the past two\ndecades. Most indices, however, were developed for North American cities and\nmay not transfer well to Japanese contexts.\n\nJournal of Urban Studies 12 (3), 2024                                   46\n\n2. Data and Methods\n2.1 Study area\nWe selected twelve cities with populations between 200,000 and 500,000.\n2.2 Index construction\nThe index combines intersection density, land-use mix and station access.\nFigure 1. Distribution of the walkability index across the twelve cities.\n\n3. Results\nThe index correlates strongly with survey-reported walking frequency\n(r = 0.71). Table 1 summarises the scores.\nTable 1. Walkability scores by city.\n\n4. Conclusion\nThe proposed index is simple to compute and transferable.\n\nReferences\n1. Frank, L. D., et al. (2010). The development of a walkability index. British\nJournal of Sports Medicine, 44(13), 924-933.\n2. Ewing, R., & Cervero, R. (2010). Travel and the built environment. Journal of\nthe American Planning Association, 76(3), 265-294.\n'

PROCEEDINGS_HEAD = 'Proceedings of the Coastal Engineering Workshop, Vol. 8, 2023, pp. 112-119\n\nSediment Bypassing at Small Harbours\nTomas Berg\nCoastal Laboratory, Aalborg University\n\n1. Introduction\nSmall fishing harbours on sandy coasts trap the sand that drifts along the shore, so\nthe beach downdrift of the harbour retreats while the entrance silts up every winter.\n\nProceedings of the Coastal Engineering Workshop, Vol. 8, 2023                113\n\n2. Method\nWe compare three bypassing schemes over ten years of dredging records.\n\n3. Results\nThe fixed jet pump moved the most sand per euro spent.\n'

TABLE_JOURNAL_COUNTS = 'Annual Report of the Library Committee\nLibrary Committee, Riverside College\n\n1. Acquisitions\nThe library bought fewer printed items this year and more electronic ones.\n\nJournal subscriptions 2024        46\nBook purchases 2024              312\n\n2. Loans\nLoans fell by a tenth while downloads doubled.\n'

MASTHEAD_ONLY = 'Bulletin of the Harbour Society 31 (2), 2022, 7-9\n\nFerries and Island Health Care\nKenji Arakawa\nDepartment of Public Health, Nagasaki University\n\nIsland residents reach hospitals on the mainland by ferry. We compare twelve timetables\nwith clinic hours and find that four islands have no same-day return on weekdays.\n'

CAPTIONS = "Street Trees and Summer Heat\nMaria Lind\nCity of Malmo Environment Department\n\n1. Method\nWe mapped the canopy of every street in the city centre from aerial photographs\ntaken in July, and measured air temperature at forty stations along the streets.\nFigure 2. Canopy cover and mean July temperature at the forty stations.\n\n2. Results\nStreets with more than half their length shaded were two degrees cooler at noon.\nTable 3. Mean temperature by canopy class.\nThe effect was smaller at night, when the open streets lose heat faster.\nFig. 4 Night-time temperatures along the harbour transect.\n\n3. Discussion\nOur result agrees with the trend in earlier work, where the cooling grew with the\ncanopy as in Figure 3 of that study, and with the model of the city's climate\noffice. The trend was strongest in the narrow streets of the old town, as shown in\nTable 2 of the appendix, which lists each street.\n"

CAPTIONS_JA = '街路樹と夏の暑さ\n山田 花子\n緑ヶ丘市環境課\n\n1．方法\n市中心部のすべての街路について航空写真から樹冠を判読し、同じ街路の40地点で気温を測った。\n図1 樹冠率と7月の平均気温\n2．結果\n日陰の多い街路は正午に2度低かった。\n表2 樹冠区分別の平均気温\n夜間は差が小さかった。\n'

BRACKET_WRAPS_RAGGED = 'River Temperature and Trout\nJonas Weber\nInstitute of Hydrobiology, University of Innsbruck\n\n1. Introduction\nSummer water temperature in alpine rivers has risen by about one degree since the 1980s, and brown trout now\navoid the warmest reaches in August. Earlier surveys reported the same shift in neighbouring catchments\n(Huber and Stein, 2018). We repeat their counts in three rivers.\n\n2. Results\nTrout density fell with the mean August temperature at each reach\n(rho = -0.64, n = 42). The fall was steepest above 18 degrees.\nCounts were repeated in each of the following years:\n(1) 2021, after a cool summer;\n(2) 2022, after a hot summer.\nDensity was lowest in 2022.\n(see Appendix B for each reach)\n'

POLICY_BRIEF = 'Policy Brief No. 4\nAffordable Housing for Young Families\nCenter for Regional Policy, March 2025\n\nSummary\nHousing costs in the metropolitan area have risen by 38 per cent over the past\ndecade, while wages for workers under 35 have grown by only 9 per cent. This\nbrief reviews the options available to municipal governments.\n\nThe Problem\nYoung families increasingly leave the city centre for suburbs with longer\ncommutes. This trend weakens local\nPolicy Brief No. 4 | page 1\neconomies and places pressure on transport infrastructure.\n\nRecommendations\n1. Expand rent subsidies for households with children under six.\n2. Convert vacant municipal buildings into affordable rental units.\n3. Review zoning rules that restrict small-unit development.\nPolicy Brief No. 4 | page 2\nConclusion\nTargeted municipal action can slow the outflow of young families.\nPolicy Brief No. 4 | page 3\n'

BRIEF_HEADINGS = 'Working Paper 12\nWater Tariffs in Growing Towns\nInstitute for Municipal Finance, 14 October 2024\n\nOverview\nMany small towns price water below its cost, which leaves little money for repairs and\nnew mains. This paper reviews tariff designs used in five countries.\n\nWhy Prices Stay Low\nCouncils fear the reaction of voters to higher bills, and utilities rarely publish the\nfull cost of supply. Where the cost is published, councils\nWorking Paper 12 | page 1\nraise tariffs more often and by smaller steps.\n\nWhat Other Towns Did\nThree towns phased in cost-based tariffs over five years.\nWorking Paper 12 | page 2\n'



def _front(talk):
    return [t.text for t in talk.front]


def _sections(talk):
    return [(s.number, text_of(s.title), [p.text for p in s.paragraphs]) for s in talk.sections]


def test_a_journal_head_with_its_folio_is_furniture_and_the_masthead_front() -> None:
    for text, head, folio, masthead in (
            (JOURNAL_ARTICLE, "Journal of Urban Studies 12 (3), 2024", "46", "Journal of Urban Studies 12 (3), 2024, 45-61"),
            (PROCEEDINGS_HEAD, "Proceedings of the Coastal Engineering Workshop, Vol. 8, 2023", "113",
             "Proceedings of the Coastal Engineering Workshop, Vol. 8, 2023, pp. 112-119")):
        talk, ledger = only_talk(text)
        assert [(r.value, t.split()) for r, t in furniture_of(ledger)] == [("running-header", [*head.split(), folio])]
        assert masthead in _front(talk)
        assert not any(head in p for p in paragraph_texts(talk))


def test_a_one_page_abstracts_masthead_is_front_and_the_title_stays() -> None:
    talk, ledger = only_talk(MASTHEAD_ONLY)
    assert talk.title.en.text == "Ferries and Island Health Care"
    assert talk.speaker.name.text == "Kenji Arakawa"
    assert _front(talk) == ["Bulletin of the Harbour Society 31 (2), 2022, 7-9"]
    assert furniture_of(ledger) == []


def test_a_tables_row_naming_a_journal_stays() -> None:
    talk, ledger = only_talk(TABLE_JOURNAL_COUNTS)
    assert any("Journal subscriptions 2024" in p for p in paragraph_texts(talk))
    assert furniture_of(ledger) == []


def test_a_caption_under_a_paragraph_opens_its_own() -> None:
    talk, _ = only_talk(JOURNAL_ARTICLE)
    paras = paragraph_texts(talk)
    assert "The index combines intersection density, land-use mix and station access." in paras
    assert "Figure 1. Distribution of the walkability index across the twelve cities." in paras
    talk, _ = only_talk(CAPTIONS)
    paras = paragraph_texts(talk)
    for caption in ("Figure 2. Canopy cover and mean July temperature at the forty stations.",
                    "Table 3. Mean temperature by canopy class.",
                    "Fig. 4 Night-time temperatures along the harbour transect."):
        assert caption in paras
    # a sentence naming a figure or a table goes on (near misses)
    assert any("as in Figure 3 of that study" in p and "as shown in Table 2 of the appendix" in p for p in paras)
    talk, _ = only_talk(CAPTIONS_JA)
    assert "図1 樹冠率と7月の平均気温" in paragraph_texts(talk) and "表2 樹冠区分別の平均気温" in paragraph_texts(talk)


def test_a_line_opening_on_a_bracketed_aside_carries_the_sentence_on() -> None:
    talk, _ = only_talk(JOURNAL_ARTICLE)
    assert ("The index correlates strongly with survey-reported walking frequency (r = 0.71). Table 1 summarises "
            "the scores.") in paragraph_texts(talk)
    talk, _ = only_talk(BRACKET_WRAPS_RAGGED)
    paras = paragraph_texts(talk)
    assert ("Trout density fell with the mean August temperature at each reach (rho = -0.64, n = 42). The fall was "
            "steepest above 18 degrees.") in paras
    # near misses: an enumerator's label opens an item; an aside after a full stop stands on its own line
    assert "(1) 2021, after a cool summer;" in paras and "(2) 2022, after a hot summer." in paras
    assert "(see Appendix B for each reach)" in paras


def test_a_sentence_cut_by_a_dropped_footer_is_one_paragraph_under_its_heading() -> None:
    talk, ledger = only_talk(POLICY_BRIEF)
    assert ("The Problem", ["Young families increasingly leave the city centre for suburbs with longer commutes. This "
                            "trend weakens local economies and places pressure on transport infrastructure."]) \
        in [(t, p) for _, t, p in _sections(talk)]
    assert [r.value for r, _ in furniture_of(ledger)] == ["running-footer"] * 3
    talk, _ = only_talk(BRIEF_HEADINGS)
    assert ("Why Prices Stay Low", ["Councils fear the reaction of voters to higher bills, and utilities rarely "
                                    "publish the full cost of supply. Where the cost is published, councils raise "
                                    "tariffs more often and by smaller steps."]) \
        in [(t, p) for _, t, p in _sections(talk)]


def test_a_date_closing_the_affiliation_is_no_part_of_it() -> None:
    talk, _ = only_talk(POLICY_BRIEF)
    assert talk.speaker.affiliation.text == "Center for Regional Policy"
    assert talk.speaker.text.text == "Center for Regional Policy, March 2025"
