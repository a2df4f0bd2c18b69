"""Session 78, helper kanri78: fresh-user trial 78's text documents, each a kind (issue 16 point 2; docs/segment.md,
*Session 78, kanri78*): a general meeting's papers (motions as sections, the papers' kind line the title), an auction
catalogue's lots, a eulogy's giver named by relation, a bus timetable notice (route line, signer, day headings)."""

import pytest

from segmenting import only_talk, outline

G = "\ufffd"

MEETING_PAPERS = {
    # the trial's shape: the association's line, the papers' kind line, the chair, the addressee, the motions
    "kanri": ("みどり台ハイツ管理組合\n第15期通常総会議案書\n開催日時　令和7年5月25日（日）午後2時から\n理事長　山本 健一\n組合員各位\n"
              "日頃より管理組合の運営にご協力をいただき、誠にありがとうございます。\n"
              "第1号議案　第14期事業報告及び決算報告承認の件\n第14期の事業及び決算について報告し、承認を求めます。\n"
              "第2号議案　第15期事業計画案及び予算案承認の件\n第15期の事業計画として、次の事項を提案します。\n"
              "（1）外壁タイルの調査\n（2）植栽の剪定\n（3）防災訓練の実施\n"
              "第3号議案　役員選任の件\n任期満了に伴い、次の方を理事候補者として推薦します。\n以上\n",
              "第15期通常総会議案書", ["第14期事業報告及び決算報告承認の件", "第15期事業計画案及び予算案承認の件", "役員選任の件"]),
    "jichikai": ("さくら台自治会\n令和7年度　定期総会資料\n会員各位\n"
                 "本年度の定期総会を下記のとおり開催しますので、ご出席ください。\n"
                 "議案第1号　令和6年度活動報告について\n夏祭りと防災訓練を実施しました。\n"
                 "議案第2号　令和6年度決算報告について\n決算は別表のとおりです。\n"
                 "議案第3号　令和7年度事業計画案について\n防犯灯の更新を計画しています。\n"
                 "議案第4号　令和7年度予算案について\n会費は据え置きとします。\n",
                 "令和7年度　定期総会資料", ["令和6年度活動報告について", "令和6年度決算報告について", "令和7年度事業計画案について",
                                         "令和7年度予算案について"]),
    "houkoku": ("港南マンション管理組合\n第8期通常総会議案書\n組合員各位\n"
                "第8期通常総会の議案をお送りします。\n"
                "第1号報告　管理規約の改正について\n理事会で検討した結果を報告します。\n"
                "第2号報告　駐車場の利用状況について\n空き区画は3台分です。\n",
                "第8期通常総会議案書", ["管理規約の改正について", "駐車場の利用状況について"]),
}


@pytest.mark.parametrize("key", sorted(MEETING_PAPERS))
def test_meeting_papers_motions_are_sections(key):
    source, title, sections = MEETING_PAPERS[key]
    talk, _ = only_talk(source)
    assert talk.title.ja is not None and talk.title.ja.text == title
    assert [(s.level, s.title.text) for s in talk.sections if s.level == 1] == [(1, t) for t in sections]
    assert [s.number for s in talk.sections if s.level == 1] == [str(n) for n in range(1, len(sections) + 1)]


def test_meeting_papers_items_stay_under_their_motion():
    """The ``（1）`` items under 第2号議案 stay its own (paragraphs or its subsections), never level-1 sections."""
    talk, _ = only_talk(MEETING_PAPERS["kanri"][0])
    top = [s for s in talk.sections if s.level == 1]
    assert len(top) == 3 and not any(s.title.text.startswith(("外壁", "植栽", "防災")) for s in top)


def test_motion_named_in_a_sentence_is_no_heading():
    """Near miss: a notice naming one motion in its sentence has no motion sections."""
    talk, _ = only_talk("管理組合だより\n第3号議案の可決により、修繕積立金は10月から改定されます。\n"
                        "ご理解とご協力をお願いいたします。\n")
    assert not any("議案" in s.title.text for s in talk.sections)


CATALOGUES = {
    "trial": ("FENWICK & HOLT\nFine Art and Antiques\nWednesday 5 June 2024 at 11am\n"
              "The Auction Rooms, 4 Bridge Street, Hexham, Northumberland\n"
              "Buyer's premium 24% plus VAT.\nLot 201\nA Victorian mahogany writing box, 40cm wide.\nEstimate £200-300\n"
              "Lot 202\nA pair of brass candlesticks, nineteenth century, 25cm high.\nProvenance: a private collection.\n"
              "Estimate £80-120\nLot 203\nA Georgian silver teapot, London 1790, 15cm high.\nEstimate £500-700\n"
              "Lot 204\nA Persian rug, the red field with a central medallion, 200 x 140cm.\nEstimate £300-500\n"
              "Conditions of sale are available on request from the auction rooms.\n",
              ["Lot 201", "Lot 202", "Lot 203", "Lot 204"]),
    "capitals": ("MARSH & CO AUCTIONEERS\nCollectors' Sale\nLOT 12\nA tinplate clockwork bus, 1950s, 30cm long.\n"
                 "Estimate £60-90\nLOT 13\nA set of lead farm animals, boxed.\nEstimate £40-60\nLOT 15\n"
                 "A Hornby O gauge locomotive, 1930s.\nCondition: some wear to paint.\nEstimate £150-200\n",
                 ["LOT 12", "LOT 13", "LOT 15"]),
    "titled": ("Harbour Street Salerooms\nMaritime Sale\nLot 5: A ship's brass bell\nCast with the ship's name, 30cm high.\n"
               "Est. £400-600\nLot 6: A sailor's woolwork picture\nWorked with a three-masted ship, framed.\nEst. £250-350\n"
               "Lot 7: A ship's chronometer\nIn a brass-bound box, 18cm wide.\nEst. £1,500-2,000\n",
               ["Lot 5: A ship's brass bell", "Lot 6: A sailor's woolwork picture", "Lot 7: A ship's chronometer"]),
}


@pytest.mark.parametrize("key", sorted(CATALOGUES))
def test_each_lot_is_a_section(key):
    source, lots = CATALOGUES[key]
    talk, _ = only_talk(source)
    titles = [title for _, title in outline(talk)]
    assert titles == lots
    assert not any(t.startswith(("Estimate", "Est.")) for t in titles)
    assert all(s.paragraphs[-1].text.startswith(("Estimate", "Est.")) for s in talk.sections[:-1])


def test_a_lot_named_once_is_no_section():
    """Near miss: a newsletter naming one lot in passing keeps its paragraphs."""
    talk, _ = only_talk("Village Hall News\nSpring 2025\nOur charity auction raised £1,200. The top bid was for\nLot 5\n"
                        "which went to a buyer from Ashcombe. Thank you to everyone who came along.\n")
    assert not any(title.startswith("Lot") for _, title in outline(talk))


EULOGIES = [
    ("Delivered by her son, David Ko" + G + "alczyk", "David Ko" + G + "alczyk"),
    ("Given by his daughter, Anna Price", "Anna Price"),
    ("Read by her granddaughter, Emily Hart", "Emily Hart"),
    ("Spoken by his eldest son, Thomas Reed", "Thomas Reed"),
]


@pytest.mark.parametrize("byline,name", EULOGIES)
def test_eulogy_giver_named_by_relation_is_the_speaker(byline, name):
    talk, _ = only_talk(f"Eulogy for Margaret Ann Price (1938-2024)\n{byline}\nSt Columba's Church, Inverness, 8 March 2024\n"
                        "Thank you all for being here today. I know some of you have travelled a long way to be with us.\n"
                        "My mother was born in 1938 in a small village. She came to Scotland in 1957 with a single suitcase.\n")
    assert talk.speaker.name is not None and talk.speaker.name.text == name
    assert "St Columba's Church, Inverness, 8 March 2024" in [t.text for t in talk.front]
    assert not any("Columba" in title for _, title in outline(talk))


BUS_NOTICES = {
    "trial": ("WESTMOOR BUSES\nTimetable Change Notice\nRoute 27: He" + G + "ley Bus Station - Ashcombe - Pennford Hospital\n"
              "Effective from Sunday 1 September 2024\nWhat is changing\n"
              "From Sunday 1 September 2024, route 27 will be re-timed to improve reliability following roadworks.\n"
              "Monday to Saturday (daytime)\nHexley Bus Station\t06:40\t07:00\t07:20\nPennford Hospital\t07:12\t07:32\t07:52\n"
              "Sunday\nHexley Bus Station\t08:10\t09:10\t10:10\nPennford Hospital\t08:42\t09:42\t10:42\n"
              "Fares\nThere are no changes to fares. Day tickets will continue to be accepted on all journeys.\n"
              "We apologise for any inconvenience these changes may cause.\nGareth Pe" + G + "berton\n"
              "Head of Operations, Westmoor Buses\n",
              "Gareth Pe" + G + "berton", ["What is changing", "Monday to Saturday (daytime)", "Sunday", "Fares"]),
    "service": ("VALE COACHES\nService Change Notice\nService X5: Oxford - Bedford - Cambridge\n"
                "With effect from Monday 3 March 2025\nWhat is changing\n"
                "From Monday 3 March 2025, service X5 will call at Bedford Bus Station instead of St Peter's\n"
                "Street, and the last journey from Cambridge will leave half an hour later, at 22:40,\n"
                "to connect with the evening trains from London.\n"
                "The stop on Mill Road will no longer be served. Passengers should use the new stop on\n"
                "Station Road, about 200 metres away.\n"
                "Weekdays\nOxford\t07:00\t09:00\t11:00\nCambridge\t10:10\t12:10\t14:10\n"
                "Saturdays and Bank Holidays\nOxford\t08:00\t12:00\t16:00\nCambridge\t11:10\t15:10\t19:10\n"
                "Fares\nFares are unchanged. Return tickets bought before 3 March remain valid on all journeys, and\n"
                "concessionary passes will continue to be accepted after 09:30 on weekdays.\n"
                "Thank you for travelling with us.\nPriya Sharma\nCommercial Manager, Vale Coaches\n",
                "Priya Sharma", ["What is changing", "Weekdays", "Saturdays and Bank Holidays", "Fares"]),
    "line": ("NORTHGATE TRAMS\nSummer Timetable\nLine 2: Airport - Central Station - Harbour\n"
             "Valid from Saturday 1 June 2024\nWhat is new\n"
             "From Saturday 1 June 2024, trams on line 2 will run every 10 minutes until midnight on Fridays and Saturdays.\n"
             "Monday to Friday\nAirport\t05:30\t05:45\t06:00\nHarbour\t06:05\t06:20\t06:35\n"
             "Sunday\nAirport\t07:00\t07:30\t08:00\nHarbour\t07:35\t08:05\t08:35\n"
             "Further information\nTimetables are available at every stop and online.\n"
             "We look forward to welcoming you on board.\nOwen Ll" + G + "yd\nHead of Service Delivery, Northgate Trams\n",
             "Owen Ll" + G + "yd", ["What is new", "Monday to Friday", "Sunday", "Further information"]),
}


@pytest.mark.parametrize("key", sorted(BUS_NOTICES))
def test_bus_notice_route_signer_and_days(key):
    source, signer, sections = BUS_NOTICES[key]
    talk, _ = only_talk(source)
    route = source.splitlines()[2]
    assert talk.speaker.affiliation is None or talk.speaker.affiliation.text != route
    assert talk.speaker.name is not None and talk.speaker.name.text == signer
    assert [title for _, title in outline(talk)] == sections


def test_route_word_in_an_organisation_stays_one():
    """Near miss: an organisation whose name holds a route's word is still an organisation."""
    from pipeline.segment.organisations import is_organisation

    assert is_organisation("Hexley Bus Station Trust") and is_organisation("Route 27 Partnership Board")


def test_short_cell_between_rows_stays_the_table():
    """Near miss: a short cell naming no day between two tables' rows stays a paragraph (period_over_rows)."""
    talk, _ = only_talk("Bus fares 2025\nThe new fares follow.\nAdult\t£2.00\t£3.50\nChild\t£1.00\t£1.75\nTotal\n"
                        "Family\t£5.00\t£8.00\nGroup\t£9.00\t£15.00\n")
    assert "Total" not in [title for _, title in outline(talk)]


SALE_VENUES = [
    ("The Saleroom, 12 Castle Street, Ludlow, Shropshire", "Ludlow"),
    ("The Auction Centre, 4 Station Road, Tewkesbury, Gloucestershire", "Tewkesbury"),
    ("Corn Exchange Salerooms, 7 Broad Street, Leominster, Herefordshire", "Leominster"),
]


@pytest.mark.parametrize("venue,town", SALE_VENUES)
def test_sale_venue_under_its_day_and_hour_names_the_city(venue, town):
    source = CATALOGUES["trial"][0].replace("The Auction Rooms, 4 Bridge Street, Hexham, Northumberland", venue)
    talk, _ = only_talk(source)
    assert talk.city.en is not None and talk.city.en.text == town and talk.city.ja is None


def test_address_alone_names_no_sale_city():
    """Near miss: a sender's address with no sale's day and hour over it gives no city (limits.md, trial 77)."""
    talk, _ = only_talk("Larch Avenue Round Robin\n12 Larch Avenue, Harrogate, North Yorkshire HG2 8JX\n"
                        "Dear friends and neighbours,\nAnother year has flown by and we wanted to share our news with you all.\n"
                        "With love from all of us.\n")
    assert talk.city.en is None or talk.city.en.text != "Harrogate"


def test_motions_under_a_numbered_item_stay_its_lines():
    """Near miss: minutes whose ``3. 議事`` lists the motions keep their numbered items as the sections (trial 73's
    自治会 minutes), no motion heading a level-1 section."""
    talk, _ = only_talk("令和7年度 桜ヶ丘三丁目自治会 定期総会 議事録\n日時：令和7年4月20日（日）午前10時\n場所：桜ヶ丘集会所\n"
                        "1. 開会\n副会長より開会が宣言された。\n2. 会長あいさつ\n会長より、昨年度の協力へのお礼が述べられた。\n"
                        "3. 議事\n第1号議案 令和6年度事業報告\n事業報告は拍手で承認された。\n"
                        "第2号議案 令和7年度予算案\n原案どおり承認された。\n4. 閉会\n以上をもって閉会した。\n")
    assert not any(s.level == 1 and "議案" in s.title.text or s.title.text.startswith("令和6年度事業報告")
                   for s in talk.sections if s.level == 1)
