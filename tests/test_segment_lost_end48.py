"""A line of running Japanese that stops on a lost glyph right after a particle (``…港の�`` / ``備を進める。``): the
glyph was a letter of the next word, no full stop, and the paragraph goes on (trial 48); after a verb's ending the
lost glyph may be the full stop, and a short line still ends its paragraph. :mod:`pipeline.segment.paragraphs`."""

from tests.segment_inputs import run_text

HEAD = "港町の防災計画\n山田 花子\n１．はじめに\n"
FULL = "本町は湾の奥に位置し、古くから漁業と海運で栄えてきた港町である。しかし、近\n"


def paragraphs(text: str) -> list[str]:
    (talk,) = run_text(text).talks
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_lost_glyph_after_a_particle_goes_on():
    text = HEAD + FULL + "年は高潮の被害が増え、住民の不安が高まっている。今後は、港の�\n備を進める。\n"
    assert paragraphs(text) == ["本町は湾の奥に位置し、古くから漁業と海運で栄えてきた港町である。しかし、近年は高潮の被害が増え、"
                                "住民の不安が高まっている。今後は、港の�備を進める。"]


def test_lost_glyph_after_a_verb_still_ends_a_short_line():
    text = HEAD + FULL + "年は高潮の被害が増え、住民の不安が高まっている�\n防潮堤の整備を進める。\n"
    assert len(paragraphs(text)) == 2


FULL2 = "湾の奥の港町では、冬の季節風が強く、漁船の出入りが難しい日が多くなってい\nる。港の北側には防波堤があるが、老朽化が進み、高潮のたびに岸壁が傷んで\nきた。町は十年計画で防波堤を改修し、岸壁のかさ上げも順に進めてきてい\n"


def test_a_clause_begun_after_a_full_stop_and_cut_near_the_measure_goes_on():
    """``…求められる。両市の港湾`` / ``関係者による…`` (trial 49): three characters short of the measure, the line
    stops on a kanji of a sentence it began after its full stop; intact or with the kanji's neighbour lost."""
    for end in ("漁港", "漁\ufffd"):
        text = HEAD + FULL2 + f"る。今後は観光と物流の両立が強く求められている。そこで、地元の{end}\n関係者による協議の場を設けたい。\n"
        assert len(paragraphs(text)) == 1, end
