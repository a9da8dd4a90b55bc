"""The topic taxonomy and coverage over the samples."""

from editor.compare.coverage import dekking
from editor.samples import load_sample, sample_ids
from editor.onderwerpen import TOPIC_IDS, classificeer

VERWACHT = ["reikwijdte", "werktijd", "vertrouwelijkheid", "privacy", "persoonlijke_titel", "representatieve_functie",
            "ontsporing", "auteursrecht", "profiel_huisstijl", "monitoring", "sancties", "crisis", "melden",
            "evaluatie", "inwerkingtreding", "citeertitel", "verantwoordelijkheid", "blijvend", "expertise",
            "identificatie", "respect", "reputatie", "positieve_inzet", "invoering"]


def matrix():
    return dekking({s: load_sample(s) for s in sample_ids()})


def test_taxonomy_ids() -> None:
    assert list(TOPIC_IDS) == VERWACHT


def test_coverage_named_in_the_issue() -> None:
    d = matrix()
    assert d.gedekt("auteursrecht", "werksaam") and not d.gedekt("auteursrecht", "policy-bv")
    assert d.gedekt("sancties", "ai-deepseek-chat") and d.gedekt("crisis", "ai-deepseek-chat")
    assert d.gedekt("persoonlijke_titel", "policy-bv") and d.gedekt("representatieve_functie", "policy-bv")


def test_which_blocks_cover() -> None:
    d = matrix()
    assert [b.ref for b in d.cellen["auteursrecht"]["werksaam"]] == ["artikel 3, lid 4"]
    assert [b.ref for b in d.cellen["citeertitel"]["werksaam"]] == ["artikel 8"]
    assert "artikel 2, lid 5" in [b.ref for b in d.cellen["representatieve_functie"]["policy-bv"]]
    assert "artikel 2, lid 1" in [b.ref for b in d.cellen["werktijd"]["policy-bv"]]
    assert d.ontbrekend("policy-bv")[:2] == ["privacy", "auteursrecht"]
    assert "inwerkingtreding" in d.ontbrekend("ai-gpt-4.1-nano")


def test_classification_explains_itself() -> None:
    klassen = {k.topic: k for k in classificeer("Overtreding kan leiden tot ontslag op staande voet.")}
    assert set(klassen) == {"sancties"} and "ontslag" in klassen["sancties"].gevonden
    assert classificeer("Het weer is mooi vandaag.") == []
    assert [k.topic for k in classificeer("Deze code treedt in werking op 1 mei.", "Inwerkingtreding")] == ["inwerkingtreding"]


def test_coverage_json() -> None:
    data = matrix().as_json()
    assert data["topics"] == VERWACHT and data["documents"] == sample_ids()
    assert data["cells"]["auteursrecht"]["werksaam"] == ["artikel 3, lid 4"]
    assert data["cells"]["auteursrecht"]["policy-bv"] == []


def test_staff_forwarding_posts_is_not_employer_monitoring() -> None:
    """WerkSaam 6.6 (staff pass negative posts on) must not trigger the OR-consent check for monitoring."""
    d = matrix()
    assert "artikel 6, lid 6" not in [b.ref for b in d.cellen["monitoring"]["werksaam"]]
    assert "artikel 6, lid 6" in [b.ref for b in d.cellen["melden"]["werksaam"]]
    toezicht = "De werkgever houdt geen toezicht op de persoonlijke accounts en stelt geen profielen van medewerkers samen."
    assert "monitoring" in {k.topic for k in classificeer(toezicht)}


def test_the_heading_counts_at_half_weight() -> None:
    """A lid about asking advice in an artikel headed "Privacy" is not about privacy itself."""
    klassen = {k.topic for k in classificeer("Bij twijfel, raadpleeg de HR-afdeling.", "Privacy en gegevensbescherming")}
    assert klassen == {"melden"}
