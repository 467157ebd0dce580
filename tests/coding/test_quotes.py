"""Tests for realpolitik.coding.quotes (own news-style texts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik.coding.quotes import find_quotes

SEED = Path("/work/shared/seed/france_russia_mali_2021.txt")
MALI_FR = Path("/work/shared/data/news/mali_press_fr.jsonl")


def _check(text, quotes):
    for q in quotes:
        assert q.text
        assert q.text[0] not in " \u00a0\u202f’'" and q.text[-1] not in " \u00a0\u202f"
        if q.speaker_text is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
        else:
            assert q.speaker_start is None and q.speaker_end is None


def _one(text, lang="en"):
    qs = find_quotes(text, lang=lang)
    _check(text, qs)
    assert len(qs) == 1, qs
    return qs[0]


# --------------------------------------------------------------------------- marks


def test_quotes_curly_quote_offsets_and_speaker_after():
    text = "“Our soldiers will stay in Gao until the end of the year,” French Defense Minister Florence Parly said on Monday."
    q = _one(text)
    assert q.text == "Our soldiers will stay in Gao until the end of the year,"
    assert text[q.start:q.end] == q.text
    assert q.speaker_text == "French Defense Minister Florence Parly"


def test_quotes_straight_double_quotes():
    text = 'Bamako replied that "the presence of foreign troops is a matter for Malians alone," said Abdoulaye Diop.'
    q = _one(text)
    assert q.text == "the presence of foreign troops is a matter for Malians alone,"
    assert text[q.start:q.end] == q.text
    assert q.speaker_text == "Abdoulaye Diop"


def test_quotes_guillemets_with_inner_spaces_trimmed():
    for space in (" ", "\u00a0", "\u202f", ""):
        text = f"«{space}Le Mali ne sera jamais une base arrière pour des mercenaires{space}», a déclaré le colonel Abdoulaye Maïga."
        q = _one(text, lang="fr")
        assert q.text == "Le Mali ne sera jamais une base arrière pour des mercenaires"
        assert text[q.start:q.end] == q.text
        assert q.speaker_text == "le colonel Abdoulaye Maïga"


def test_quotes_apostrophes_never_delimit_quotes():
    text = (
        "Russia’s envoy met l’armée malienne’s chiefs. The junta’s spokesman didn’t comment on Moscow’s "
        "offer, and Bamako’s streets stayed calm."
    )
    assert find_quotes(text) == []
    text2 = "L’armée a dit qu’elle n’avait « aucun lien avec les hommes de Wagner dans la région », selon l’état-major."
    q = _one(text2, lang="fr")
    assert q.text == "aucun lien avec les hommes de Wagner dans la région"
    assert q.speaker_text == "l’état-major"


def test_quotes_single_marks_only_when_clearly_a_quote():
    headline = "Moscow, ‘a long-standing partner for the Sahel states’\n\nRussia returned to Mali in 2021."
    assert find_quotes(headline) == []
    text = "‘We will not leave the Malians alone in this fight,’ Sergei Lavrov told reporters in Moscow."
    q = _one(text)
    assert q.text == "We will not leave the Malians alone in this fight,"
    assert q.speaker_text == "Sergei Lavrov"


def test_quotes_misused_curly_marks():
    # closing written with an opening mark, and a space before the closing mark
    text = "Ivan Petrov agreed. “Moscow has nothing to lose in the Sahel and much to gain “.\n\n“Paris has lost the battle of narratives ”, explains Ivan Petrov."
    qs = find_quotes(text)
    _check(text, qs)
    assert [q.text for q in qs] == [
        "Moscow has nothing to lose in the Sahel and much to gain",
        "Paris has lost the battle of narratives",
    ]
    assert all("Petrov" in q.speaker_text for q in qs)


# --------------------------------------------------------------------------- joins


def test_quotes_multi_paragraph_quote_is_one():
    text = (
        "Colonel Goïta addressed the nation: “Our partnership with Russia is a sovereign choice.\n\n"
        "“No foreign capital will dictate to Mali which friends it may have.\n\n"
        "“We will judge our partners by results.”\n\nThe speech lasted ten minutes."
    )
    q = _one(text)
    assert q.text == (
        "Our partnership with Russia is a sovereign choice. No foreign capital will dictate to Mali "
        "which friends it may have. We will judge our partners by results."
    )
    assert text[q.start:].startswith("Our partnership")
    assert text[:q.end].endswith("by results.")
    assert q.speaker_text == "Colonel Goïta"


def test_quotes_french_quote_across_paragraphs_without_reopening():
    text = (
        "C’est ce qu’indique un communiqué de l’état-major. « Une cinquantaine d’assaillants ont tenté de prendre le camp.\n\n"
        "Grâce à la riposte des FAMa, l’attaque a été repoussée », précise le communiqué."
    )
    q = _one(text, lang="fr")
    assert q.text.startswith("Une cinquantaine") and q.text.endswith("repoussée")
    assert "camp. Grâce" in q.text
    assert q.speaker_text == "le communiqué"


def test_quotes_interrupted_quote_is_joined():
    text = "“We need proof,” he said, “and we need it now.” The talks resumed in Bamako."
    q = _one(text)
    assert q.text == "We need proof, and we need it now."
    assert text[q.start:q.start + 2] == "We"
    assert text[q.end - 4:q.end] == "now."
    assert q.speaker_text == "he"


def test_quotes_interrupted_by_long_attribution_sentence():
    text = (
        "“Wagner’s arrival changes nothing for the population of the north,” Aminata Traoré told FRANCE 24. "
        "“What matters is who protects the villages at night.”"
    )
    q = _one(text)
    assert q.text.endswith("What matters is who protects the villages at night.")
    assert q.text.startswith("Wagner’s arrival")
    assert q.speaker_text == "Aminata Traoré"


def test_quotes_separate_speakers_are_not_joined():
    text = "“Paris will stay,” said Florence Parly. “Moscow will decide nothing here,” said Dmitri Peskov."
    qs = find_quotes(text)
    _check(text, qs)
    assert [q.speaker_text for q in qs] == ["Florence Parly", "Dmitri Peskov"]


# --------------------------------------------------------------------------- scare quotes


def test_quotes_short_scare_quotes_are_not_quotes():
    text = (
        "Macron said Russia was no longer an “enemy” and called the deal “a red line” for Paris. "
        "Les putschistes dénoncent les « mercenaires » et le « néocolonialisme » français."
    )
    assert find_quotes(text) == []


def test_quotes_short_full_utterances_are_kept():
    text = "“Never.” Peskov did not elaborate. “No,” said Parly."
    qs = find_quotes(text)
    _check(text, qs)
    assert [q.text for q in qs] == ["Never.", "No,"]
    assert qs[1].speaker_text == "Parly"


# --------------------------------------------------------------------------- speakers (English)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“The junta has chosen isolation over partnership,” Jean-Yves Le Drian said.", "Jean-Yves Le Drian"),
        ("“The junta has chosen isolation over partnership,” said Jean-Yves Le Drian.", "Jean-Yves Le Drian"),
        ("“The junta has chosen isolation over partnership,” Le Drian says.", "Le Drian"),
        ("“Russia has no soldiers deployed in Mali,” Maria Zakharova told FRANCE 24.", "Maria Zakharova"),
        ("“Russia has no soldiers deployed in Mali,” the ministry spokeswoman told reporters.", "the ministry spokeswoman"),
        ("“The sanctions will hurt ordinary Malians first,” according to Ousmane Diallo.", "Ousmane Diallo"),
        ("“The sanctions will hurt ordinary Malians first,” explains Fatoumata Maïga.", "Fatoumata Maïga"),
        ("“The sanctions will hurt ordinary Malians first,” Fatoumata Maïga explains.", "Fatoumata Maïga"),
        ("“Our cooperation with Bamako is in our common interest,” announced Sergei Shoigu.", "Sergei Shoigu"),
        ("“We are not leaving the Sahel,” the French president added.", "the French president"),
        ("“Mercenaries do not bring peace,” Antony Blinken warned.", "Antony Blinken"),
        ("“The withdrawal marks the end of an era in Gao,” Le Monde wrote.", "Le Monde"),
        ("“Delhi is sending a clear signal to Beijing here,” political analyst C. Raja Mohan wrote.", "political analyst C. Raja Mohan"),
        ("“We will not negotiate under pressure from anyone,” she said.", "she"),
        ("“We will not negotiate under pressure from anyone,” they told the press.", "they"),
    ],
)
def test_quotes_english_attribution_patterns(text, speaker):
    q = _one(text)
    assert q.speaker_text == speaker


def test_quotes_long_speaker_phrase_with_apposition():
    text = (
        "“There is a real appetite in Bamako for a partner other than Paris,” explains Aïssata Coulibaly, "
        "Malian sociologist and conflict researcher. The debate continues."
    )
    assert _one(text).speaker_text == "Aïssata Coulibaly, Malian sociologist and conflict researcher"
    text2 = (
        "“Our cooperation with Bamako is growing every year,” announced Sergei Shoigu, Russia’s defence "
        "minister, saying that Moscow wanted lasting stability."
    )
    assert _one(text2).speaker_text == "Sergei Shoigu, Russia’s defence minister"
    text3 = "“Wagner has a long record of abuses in Libya and Syria,” said Jean-Yves Le Drian, alluding to a withdrawal."
    assert _one(text3).speaker_text == "Jean-Yves Le Drian"
    text4 = "“There are no official negotiations with Bamako underway,” Dmitri Peskov, the Kremlin spokesman, told reporters on Friday."
    assert _one(text4).speaker_text == "Dmitri Peskov, the Kremlin spokesman"


def test_quotes_attribution_before_quote():
    text = (
        "The then head of the junta, Colonel Assimi Goïta, praised the instructors and told Putin: "
        "“We need your help against the terrorists in the centre of the country.”"
    )
    q = _one(text)
    assert "Goïta" in q.speaker_text
    text2 = "Peskov said: “Moscow is not a party to any contract signed in Bamako.”"
    assert _one(text2).speaker_text == "Peskov"
    text3 = "According to Human Rights Watch, “at least three hundred civilians were killed in Moura.”"
    assert _one(text3).speaker_text == "Human Rights Watch"


def test_quotes_previous_short_sentence_attribution():
    text = "Ivan Petrov agreed. “Africa remains a marginal partner for Russia, whatever Moscow says.”"
    assert _one(text).speaker_text == "Ivan Petrov"


def test_quotes_fragment_inherits_speaker_in_same_sentence():
    text = (
        "“Our cooperation with Bamako is growing every year,” announced Sergei Shoigu, saying that Moscow "
        "wanted to create “the conditions for lasting peace in the region.”"
    )
    qs = find_quotes(text)
    _check(text, qs)
    assert len(qs) == 2
    assert qs[1].text == "the conditions for lasting peace in the region."
    assert qs[1].speaker_text == "Sergei Shoigu"


def test_quotes_no_speaker_gives_none():
    text = "Moscow delivered two helicopters to Bamako, adding that “more equipment is on its way to the Malian army.”"
    q = _one(text)
    assert q.speaker_text is None and q.speaker_start is None and q.speaker_end is None


def test_quotes_quote_ending_sentence_does_not_take_next_sentence_speaker():
    text = "Diop said: “Mali will choose its own partners.” Le Drian said the choice was a mistake."
    q = _one(text)
    assert q.speaker_text == "Diop"


# --------------------------------------------------------------------------- speakers (French)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("« La France n’a pas vocation à rester éternellement au Mali », a déclaré Florence Parly.", "Florence Parly"),
        ("« La France n’a pas vocation à rester éternellement au Mali », Florence Parly a déclaré.", "Florence Parly"),
        ("« Aucun soldat russe n’est présent sur le sol malien », selon Dmitri Peskov.", "Dmitri Peskov"),
        ("« Aucun soldat russe n’est présent sur le sol malien », d’après le Kremlin.", "le Kremlin"),
        ("« Les sanctions frappent d’abord les populations », explique Mamadou Koné.", "Mamadou Koné"),
        ("« Trente terroristes ont été neutralisés près de Ségou », précise le communiqué.", "le communiqué"),
        ("« Trente terroristes ont été neutralisés près de Ségou », indique l’état-major.", "l’état-major"),
        ("« Le Mali est un partenaire fiable pour la Russie », affirme Sergueï Lavrov.", "Sergueï Lavrov"),
        ("« Nous ne quitterons pas le Sahel du jour au lendemain », a-t-il dit.", "il"),
        ("« Nous ne quitterons pas le Sahel du jour au lendemain », a-t-elle ajouté.", "elle"),
        ("« Nous ne quitterons pas le Sahel du jour au lendemain », ajoute-t-il.", "il"),
        ("« Les accords de défense sont caducs depuis ce matin », a déclaré le ministre malien des Affaires étrangères, Abdoulaye Diop.",
         "le ministre malien des Affaires étrangères, Abdoulaye Diop"),
        ("« Le retrait se fera de manière coordonnée avec nos partenaires », commente pour l’AFP Élie Martin.", "Élie Martin"),
    ],
)
def test_quotes_french_attribution_patterns(text, speaker):
    q = _one(text, lang="fr")
    assert q.speaker_text == speaker


def test_quotes_french_attribution_before_quote():
    text = "Le porte-parole du gouvernement a déclaré : « Bamako ne justifiera plus ses choix de partenaires. »"
    q = _one(text, lang="fr")
    assert q.text == "Bamako ne justifiera plus ses choix de partenaires."
    assert q.speaker_text == "Le porte-parole du gouvernement"
    text2 = "Selon Ibrahim Maïga, « cette condamnation collective amplifie la rumeur au lieu de l’éteindre »."
    assert _one(text2, lang="fr").speaker_text == "Ibrahim Maïga"
    text3 = "Pour Wolfram Keller, chercheur allemand, « c’est une page qui se tourne pour Paris » dans la région."
    assert _one(text3, lang="fr").speaker_text == "Wolfram Keller, chercheur allemand"


def test_quotes_nested_quote_is_part_of_outer():
    text = "« Ils nous parlent de “partenariat renouvelé” mais rien ne change sur le terrain », a dit Oumar Sidibé."
    q = _one(text, lang="fr")
    assert "“partenariat renouvelé”" in q.text
    assert q.speaker_text == "Oumar Sidibé"


def test_quotes_empty_text():
    assert find_quotes("") == []
    assert find_quotes("No quotation at all in this Bamako dispatch.") == []


# --------------------------------------------------------------------------- real articles


@pytest.mark.skipif(not SEED.exists(), reason="seed article missing")
def test_quotes_seed_article_speakers():
    text = SEED.read_text(encoding="utf-8")
    qs = find_quotes(text, lang="en")
    _check(text, qs)
    expected = [
        ("We need to see proof", "Keita"),
        ("There is a long-standing dream", "Bagayoko"),
        ("The USSR, with its huge territory", "Shapochkina"),
        ("The intensification of military ties", "Choïgou"),
        ("Wagner is a militia", "Le Drian"),
        ("In my opinion", "Bagayoko"),
        ("Despite all the political rhetoric", "Shapochkina"),
        ("There is no representative", "Peskov"),
        ("Our priority is to be able", "Parly"),
    ]
    for prefix, surname in expected:
        matches = [q for q in qs if q.text.startswith(prefix)]
        assert len(matches) == 1, prefix
        assert matches[0].speaker_text and surname in matches[0].speaker_text, (prefix, matches[0].speaker_text)
    texts = [q.text for q in qs]
    assert "enemy" not in texts and "absolutely irreconcilable" not in texts
    assert not any(t.startswith("a long-standing dream in Mali") for t in texts)
    # the continuation paragraphs/parts are joined into the first quote
    bag = next(q for q in qs if q.text.startswith("There is a long-standing dream"))
    assert "This dream goes back" in bag.text and bag.speaker_text.startswith("Niagalé Bagayoko")
    peskov = next(q for q in qs if q.text.startswith("There is no representative"))
    assert peskov.speaker_text == "Dmitri Peskov, President Putin’s spokesman"
    choigou = next(q for q in qs if q.text.startswith("The intensification"))
    assert choigou.speaker_text == "Sergueï Choïgou, Russia’s defense minister"
    for q in qs:
        inner = text[q.start:q.end]
        if not any(mark in inner for mark in "“”\"«»\n"):  # uninterrupted quote
            assert inner == q.text
        else:  # joined quote: first and last characters still line up
            assert q.text.startswith(inner[:10]) and q.text.endswith(inner[-10:])


@pytest.mark.skipif(not MALI_FR.exists(), reason="French press sample missing")
def test_quotes_french_press_guillemets():
    found = 0
    with MALI_FR.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text = doc["text"]
            qs = find_quotes(text, lang="fr")
            _check(text, qs)
            for q in qs:
                assert text[q.start] not in "«»“”\"" and text[q.end - 1] not in "«»“”\""
                found += 1
            if doc["id"] == "010036":
                q = next(q for q in qs if q.text.startswith("Jusqu’à 100 terroristes"))
                assert q.text.endswith("l’attaque a été repoussée")
                assert q.speaker_text == "le communiqué"
    assert found > 20
