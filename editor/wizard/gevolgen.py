"""The legal consequences of the answers, stated plainly."""

from __future__ import annotations

from ..i18n import aantal, tr
from .antwoorden import Antwoorden


def gevolgen(a: Antwoorden) -> list[str]:
    regels = []
    if a.medewerkers >= 50:
        regels.append(tr("Met {n} medewerkers is een ondernemingsraad verplicht (WOR art. 2).").format(n=a.medewerkers))
        if a.monitoring or "monitoring" in a.zorgen or "privacy" in a.zorgen:
            regels.append(tr("Deze code raakt persoonsgegevens of controle van medewerkers: de OR moet instemmen voordat u haar "
                             "vaststelt (WOR art. 27 lid 1 onder k en l)."))
        else:
            regels.append(tr("Raakt de code persoonsgegevens of controle van medewerkers, dan moet de OR instemmen "
                             "(WOR art. 27 lid 1 onder k en l)."))
    elif a.medewerkers >= 10:
        regels.append(tr("Met {n} medewerkers is een OR niet verplicht; er kan een personeelsvertegenwoordiging zijn "
                         "(WOR art. 35c). Bespreek de code daarmee.").format(n=a.medewerkers))
    else:
        regels.append(aantal(a.medewerkers, tr("Met {n} medewerker is er geen ondernemingsraad of personeelsvertegenwoordiging die moet "
                                               "instemmen."),
                             tr("Met {n} medewerkers is er geen ondernemingsraad of personeelsvertegenwoordiging die moet instemmen.")))
    if a.monitoring:
        regels.append(tr("Het volgen van openbare sociale media is een verwerking van persoonsgegevens: leg het gerechtvaardigd "
                         "belang, de noodzaak en de evenredigheid vast en informeer medewerkers vooraf (AVG)."))
    return regels
