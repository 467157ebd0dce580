"""Cleaning: main text kept, site furniture dropped (must contain / must not contain)."""

import pytest

from realpolitik.ingest.clean import clean_text, detect_lang, extract_html, is_boilerplate

CASES = {
    "news_article_en.html": {
        "title": "Mali's junta weighs security offer as Paris signals drawdown",
        "must": [
            "studying a proposal from a Russian private military company",
            "incompatible with the presence of its own soldiers",
            "drawing sanctions from the regional bloc ECOWAS",
            "We have never asked anyone for permission",
        ],
        "must_not": ["uses cookies", "Cookie policy", "Subscribe to our newsletter", "All rights reserved",
                     "Five things to know", "WhatsApp", "Home", "window.analytics"],
    },
    "article_fr.html": {
        "title": "Coopération militaire : Bamako et Moscou renforcent leurs liens",
        "must": ["a reçu mardi à Bamako une délégation russe", "« Notre partenariat est fondé sur le respect mutuel",
                 "formation des officiers maliens"],
        "must_not": ["utilise des cookies", "Lire aussi", "Inscrivez-vous", "Tous droits réservés", "Partager"],
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_clean_html_keeps_main_text_and_drops_furniture(fixtures_dir, name):
    text, title = extract_html((fixtures_dir / "html" / name).read_text(encoding="utf-8"))
    case = CASES[name]
    assert title == case["title"]
    for needle in case["must"]:
        assert needle in text
    for needle in case["must_not"]:
        assert needle not in text
    assert not text.startswith(case["title"]), "the headline is the title, not repeated in the text"


def test_clean_html_without_article_text_is_empty(fixtures_dir):
    text, _ = extract_html((fixtures_dir / "html" / "empty_shell.html").read_text())
    assert text == ""


def test_clean_text_drops_trailing_cookie_notice_from_plain_text(founding_article):
    text = clean_text(founding_article.read_text(encoding="utf-8"))
    assert "said French Defense Minister Florence Parly" in text
    assert "cookies" not in text
    assert "Accept Read More" not in text


def test_clean_text_normalises_paragraphs_and_whitespace():
    raw = "Title line\r\n\r\n\r\nFirst   paragraph\twith  spaces.\n\n\n\nSecond\u00a0one.\x07\n"
    assert clean_text(raw) == "Title line\n\nFirst paragraph with spaces.\n\nSecond one."


def test_clean_boilerplate_only_matches_short_paragraphs():
    assert is_boilerplate("Share on Facebook")
    assert is_boilerplate("Facebook Twitter WhatsApp Email")
    long_para = "The ministry said the site uses cookies " + "and other trackers " * 30
    assert not is_boilerplate(long_para)
    assert not is_boilerplate("Russia shared intelligence with Mali's army.")


@pytest.mark.parametrize("text,lang", [
    ("The junta said on Tuesday that it would not negotiate with the rebels.", "en"),
    ("La junte a déclaré mardi qu'elle ne négocierait pas avec les rebelles du nord.", "fr"),
    ("Le Mali et la Russie ont signé un accord de défense en juin 2019.", "fr"),
])
def test_clean_detect_lang(text, lang):
    assert detect_lang(text) == lang


def test_clean_html_same_page_read_again_is_not_emptied(fixtures_dir):
    # a re-run (or a second copy of a page) must extract the same text every time in one process
    html = (fixtures_dir / "html" / "news_article_en.html").read_text(encoding="utf-8")
    texts = [extract_html(html)[0] for _ in range(6)]
    assert texts[0] and all(t == texts[0] for t in texts)
