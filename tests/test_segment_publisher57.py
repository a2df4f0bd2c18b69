"""A newsletter published by its city under a label names the city, its office under another label or none
(fresh-user trial 57: ``発行　弘前市　編集　広聴広報課`` gave city null). Made-up mastheads; a publisher that is no
municipality, or a city named in prose, gives none."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

NEWSLETTER = """広報{name}
令和７年６月１日号　第４１２号
{publisher}

市民体育館のリニューアルが完了しました
　老朽化により改修工事を進めていた市民体育館が、５月に完成しました。利用の予約は、６月１０日から受け付けます。

図書館の開館時間を延長します
　７月から、平日の開館時間を午後８時まで延長します。
"""


@pytest.mark.parametrize("name,publisher,city", [
    ("ひろさき", "発行　弘前市　編集　広聴広報課", "弘前市"),
    ("みなと", "発行：港南市　編集：秘書広報課", "港南市"),
    ("あおば", "発行　青葉町", "青葉町"),
])
def test_the_city_publishing_its_newsletter_is_its_city(name, publisher, city):
    [talk] = run_text(NEWSLETTER.format(name=name, publisher=publisher)).talks
    assert talk.city.ja is not None and talk.city.ja.text == city


def test_a_publisher_that_is_no_municipality_names_no_city():
    [talk] = run_text(NEWSLETTER.format(name="さくら台", publisher="発行　さくら台自治会　編集　広報部")).talks
    assert talk.city.ja is None
