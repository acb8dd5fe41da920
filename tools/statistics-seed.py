#!/usr/bin/env python3
"""Writes src/main/resources/statistics/methodology-seed.json, the shipped methodology catalogue.

The SYNERJOB entries describe what the hub's code computes (docs/statistics.md). The member entries are
ILLUSTRATIVE demo text: they show the kind of divergences the statistics working group describes (job demand
counted differently per region), not the members' official definitions; they are seeded in demo mode only.
"""
import json, pathlib

def t(nl, fr, de, en):
    return {"nl": nl, "fr": fr, "de": de, "en": en}

def h(codes, text):
    return {"codes": codes, "text": text}

YEAR = 2026
entries = []

def hub(stat, name, purpose, inc, exc, sub, cu, method, window, breakdowns, cu_code="POSTING"):
    entries.append({
        "statistic": stat, "institution": "SYNERJOB", "year": YEAR, "demoOnly": False,
        "entry": {"illustrative": False, "source": "Synerjob Hub, docs/statistics.md",
                  "headings": {
                      "name": h([], name), "purpose": h([], purpose), "scopeIncludes": h([], inc),
                      "scopeExcludes": h([], exc), "scopeSubsets": h([], sub),
                      "scopeGeography": h(["BE"], t(
                          "België, volgens de werkplaats: gewest en provincie uit de postcode; _U als onbekend.",
                          "Belgique, selon le lieu de travail : région et province d'après le code postal ; _U si inconnu.",
                          "Belgien, nach Arbeitsort: Region und Provinz aus der Postleitzahl; _U wenn unbekannt.",
                          "Belgium, by workplace: region and province from the postcode; _U when unknown.")),
                      "censusUnit": h([cu_code], cu), "method": h([], method),
                      "observationWindow": h([], window),
                      "updateFrequency": h(["MONTHLY"], t(
                          "Elk uur herberekend; de lopende maand is voorlopig (P), definitief na het einde van de maand; elke latere wijziging is een geregistreerde revisie.",
                          "Recalculé toutes les heures ; le mois en cours est provisoire (P), définitif après la fin du mois ; toute modification ultérieure est une révision enregistrée.",
                          "Stündlich neu berechnet; der laufende Monat ist vorläufig (P), endgültig nach Monatsende; jede spätere Änderung ist eine erfasste Revision.",
                          "Recomputed every hour; the current month is provisional (P), final after the month ends; any later change is a recorded revision.")),
                      "breakdowns": h(breakdowns, t(
                          "Maandelijks en jaarlijks, per " + ", ".join(breakdowns).lower() + " (telkens één uitsplitsing, de andere totaal).",
                          "Mensuel et annuel, par " + ", ".join(breakdowns).lower() + " (une ventilation à la fois, les autres au total).",
                          "Monatlich und jährlich, nach " + ", ".join(breakdowns).lower() + " (jeweils eine Aufgliederung, die übrigen insgesamt).",
                          "Monthly and yearly, by " + ", ".join(breakdowns).lower() + " (one breakdown at a time, the others at total)."))},
                  "breaks": []}})

VAC_DIMS = ["MEMBER", "REGION", "PROVINCE", "ISCO", "CONTRACT", "REGIME"]
ISCO_TXT = t(
    " ISCO-08-hoofdgroep: rechtstreeks uit een ISCO-code, anders via de kruistabel ESCO → ISCO van de referentie (ROME en Competent via ESCO).",
    " Grand groupe CITP-08 : directement d'un code CITP, sinon par la table de correspondance ESCO → CITP du référentiel (ROME et Competent via ESCO).",
    " ISCO-08-Hauptgruppe: direkt aus einem ISCO-Code, sonst über die Entsprechung ESCO → ISCO der Referenz (ROME und Competent über ESCO).",
    " ISCO-08 major group: directly from an ISCO code, else through the reference's ESCO → ISCO crosswalk (ROME and Competent via ESCO).")
def plus(a, b):
    return {k: a[k] + b[k] for k in a}

SUBSETS = t(
    "Twee maatstaven: POSTINGS (elke publicatie van een dienst) en UNIQUE (verschillende clusters van dubbels na ontdubbeling door de hub).",
    "Deux mesures : POSTINGS (chaque publication d'un service) et UNIQUE (clusters de doublons distincts après dédoublonnage par le hub).",
    "Zwei Maße: POSTINGS (jede Veröffentlichung eines Dienstes) und UNIQUE (verschiedene Dublettencluster nach der Bereinigung durch den Hub).",
    "Two measures: POSTINGS (each service's publication) and UNIQUE (distinct duplicate clusters after the hub's de-duplication).")

hub("VAC_RECEIVED",
    t("Ontvangen vacatures", "Offres d'emploi reçues", "Eingegangene Stellenangebote", "Vacancies received"),
    t("Het volume vacatures dat elke dienst aan de hub bezorgt, en hoeveel verschillende jobs het zijn na ontdubbeling.",
      "Le volume d'offres que chaque service transmet au hub, et combien d'emplois distincts elles représentent après dédoublonnage.",
      "Das Volumen der Stellenangebote, die jeder Dienst dem Hub übermittelt, und wie viele verschiedene Stellen es nach Bereinigung sind.",
      "The volume of vacancies each service sends to the hub, and how many distinct jobs they are after de-duplication."),
    t("Elke vacature die een lid via API of bestand publiceerde en waarvan de eerste versie in de periode valt, ook als ze later gesloten of vervallen is.",
      "Toute offre publiée par un membre par API ou fichier dont la première version tombe dans la période, même fermée ou expirée ensuite.",
      "Jedes Stellenangebot, das ein Mitglied per API oder Datei veröffentlichte und dessen erste Version in den Zeitraum fällt, auch wenn es später geschlossen wurde oder ablief.",
      "Every vacancy a member published by API or file whose first version falls in the period, even if later closed or expired."),
    t("Records die de validatie weigerde; vacatures die een dienst nooit naar de hub stuurde.",
      "Les enregistrements refusés par la validation ; les offres qu'un service n'a jamais envoyées au hub.",
      "Von der Validierung abgelehnte Datensätze; Stellenangebote, die ein Dienst nie an den Hub sandte.",
      "Records refused by validation; vacancies a service never sent to the hub."),
    SUBSETS,
    t("Een vacature van één lid (publicatie); UNIQUE telt clusters.", "Une offre d'un membre (publication) ; UNIQUE compte des clusters.",
      "Ein Stellenangebot eines Mitglieds (Veröffentlichung); UNIQUE zählt Cluster.", "A vacancy of one member (posting); UNIQUE counts clusters."),
    plus(t("Aantal vacatures waarvan de eerste versie in de periode valt (Belgische tijd); kenmerken van die eerste versie.",
           "Nombre d'offres dont la première version tombe dans la période (heure belge) ; caractéristiques de cette première version.",
           "Anzahl der Stellenangebote, deren erste Version in den Zeitraum fällt (belgische Zeit); Merkmale dieser ersten Version.",
           "Number of vacancies whose first version falls in the period (Belgian time); attributes of that first version."), ISCO_TXT),
    t("Stroom over de kalendermaand en het kalenderjaar.", "Flux sur le mois civil et l'année civile.", "Fluss über Kalendermonat und Kalenderjahr.", "Flow over the calendar month and calendar year."),
    VAC_DIMS)

hub("VAC_OPEN",
    t("Openstaande vacatures op het einde van de maand", "Offres ouvertes en fin de mois", "Offene Stellenangebote am Monatsende", "Open vacancies at month end"),
    t("De voorraad vacatures die op het einde van de maand openstaan, per dienst en na ontdubbeling.",
      "Le stock d'offres ouvertes à la fin du mois, par service et après dédoublonnage.",
      "Der Bestand offener Stellenangebote am Monatsende, je Dienst und nach Bereinigung.",
      "The stock of vacancies open at the end of the month, per service and after de-duplication."),
    t("Elke vacature waarvan de laatste versie op of vóór het einde van de maand open is.",
      "Toute offre dont la dernière version au plus tard à la fin du mois est ouverte.",
      "Jedes Stellenangebot, dessen letzte Version bis zum Monatsende offen ist.",
      "Every vacancy whose latest version at or before the end of the month is open."),
    t("Gesloten en vervallen vacatures; geweigerde records.", "Offres fermées et expirées ; enregistrements refusés.",
      "Geschlossene und abgelaufene Stellenangebote; abgelehnte Datensätze.", "Closed and expired vacancies; refused records."),
    SUBSETS,
    t("Een vacature van één lid (publicatie); UNIQUE telt clusters.", "Une offre d'un membre (publication) ; UNIQUE compte des clusters.",
      "Ein Stellenangebot eines Mitglieds (Veröffentlichung); UNIQUE zählt Cluster.", "A vacancy of one member (posting); UNIQUE counts clusters."),
    plus(t("Voorraad op het tijdstip T = begin van de volgende maand (Belgische tijd): een vacature telt als haar laatste versie vóór T open is, met de kenmerken van die versie. De jaarwaarde is de stand eind december.",
           "Stock à l'instant T = début du mois suivant (heure belge) : une offre compte si sa dernière version avant T est ouverte, avec les caractéristiques de cette version. La valeur annuelle est la situation fin décembre.",
           "Bestand zum Zeitpunkt T = Beginn des Folgemonats (belgische Zeit): ein Stellenangebot zählt, wenn seine letzte Version vor T offen ist, mit den Merkmalen dieser Version. Der Jahreswert ist der Stand Ende Dezember.",
           "Stock at instant T = start of the next month (Belgian time): a vacancy counts if its latest version before T is open, with that version's attributes. The yearly value is the end-of-December stock."), ISCO_TXT),
    t("Voorraad op het einde van de maand (voor de lopende maand: nu).", "Stock en fin de mois (pour le mois en cours : maintenant).",
      "Bestand am Monatsende (für den laufenden Monat: jetzt).", "Stock at month end (for the current month: now)."),
    VAC_DIMS)

hub("VAC_EXCHANGED",
    t("Uitgewisselde vacatures per stroom", "Offres échangées par flux", "Ausgetauschte Stellenangebote je Fluss", "Vacancies exchanged per flow"),
    t("Hoeveel vacatures van elke dienst de andere diensten via de hub ontvangen.", "Combien d'offres de chaque service les autres services reçoivent par le hub.",
      "Wie viele Stellenangebote jedes Dienstes die anderen Dienste über den Hub erhalten.", "How many of each service's vacancies the other services receive through the hub."),
    t("Elke vacature die in de periode in de feed van een ontvanger kwam of er gewijzigd werd (upsert), volgens de deelakkoorden.",
      "Toute offre entrée ou modifiée dans le flux d'un destinataire pendant la période (upsert), selon les accords de partage.",
      "Jedes Stellenangebot, das im Zeitraum in den Feed eines Empfängers kam oder dort geändert wurde (Upsert), gemäß den Vereinbarungen.",
      "Every vacancy that entered or changed in a recipient's feed during the period (upsert), under the sharing agreements."),
    t("Verwijderingen uit de feed; de eigen consument van de hub (HUB).", "Retraits du flux ; le consommateur interne du hub (HUB).",
      "Entfernungen aus dem Feed; der interne Verbraucher des Hubs (HUB).", "Removals from the feed; the hub's own consumer (HUB)."),
    t("Per bron en ontvanger; totalen per bron, per ontvanger en overall tellen verschillende vacatures (niet de som).",
      "Par source et destinataire ; les totaux par source, par destinataire et globaux comptent des offres distinctes (pas la somme).",
      "Je Quelle und Empfänger; Summen je Quelle, je Empfänger und insgesamt zählen verschiedene Stellenangebote (nicht die Summe).",
      "Per source and recipient; totals per source, per recipient and overall count distinct vacancies (not the sum)."),
    t("Een vacature (verschillende vacatures per stroom).", "Une offre (offres distinctes par flux).", "Ein Stellenangebot (verschiedene je Fluss).", "A vacancy (distinct vacancies per flow)."),
    t("Aantal verschillende vacatures met minstens één upsert in de feed van de ontvanger in de periode.",
      "Nombre d'offres distinctes avec au moins un upsert dans le flux du destinataire pendant la période.",
      "Anzahl verschiedener Stellenangebote mit mindestens einem Upsert im Feed des Empfängers im Zeitraum.",
      "Number of distinct vacancies with at least one upsert in the recipient's feed during the period."),
    t("Stroom over de kalendermaand en het kalenderjaar.", "Flux sur le mois civil et l'année civile.", "Fluss über Kalendermonat und Kalenderjahr.", "Flow over the calendar month and calendar year."),
    ["SOURCE", "RECIPIENT"], cu_code="VACANCY")

hub("MOBILITY_OUTCOMES",
    t("Interregionale mobiliteit: uitkomsten", "Mobilité interrégionale : résultats", "Interregionale Mobilität: Ergebnisse", "Cross-region mobility outcomes"),
    t("Hoeveel werkzoekenden van een gewest werk vinden bij een werkgever in een ander gewest.",
      "Combien de demandeurs d'emploi d'une région trouvent un emploi chez un employeur d'une autre région.",
      "Wie viele Arbeitsuchende einer Region eine Stelle bei einem Arbeitgeber einer anderen Region finden.",
      "How many jobseekers of one region find work with an employer in another region."),
    t("De uitkomsten die de matchingmodule van de hub registreert (aangesloten via CrossRegionOutcomes).",
      "Les résultats enregistrés par le module de matching du hub (branché via CrossRegionOutcomes).",
      "Die vom Matching-Modul des Hubs erfassten Ergebnisse (angebunden über CrossRegionOutcomes).",
      "The outcomes the hub's matching module records (wired through CrossRegionOutcomes)."),
    t("Plaatsingen binnen hetzelfde gewest (enkel als totaal).", "Placements dans la même région (seulement en total).",
      "Vermittlungen innerhalb derselben Region (nur als Summe).", "Placements within the same region (only in totals)."),
    t("Per gewest van herkomst en van bestemming.", "Par région d'origine et de destination.", "Je Herkunfts- und Zielregion.", "Per region of origin and of destination."),
    t("Een persoon met een uitkomst in de periode.", "Une personne avec un résultat dans la période.", "Eine Person mit einem Ergebnis im Zeitraum.", "A person with an outcome in the period."),
    t("Gedefinieerd door de matchingmodule; de hub telt wat die aanlevert en vult de totalen aan.",
      "Défini par le module de matching ; le hub compte ce qu'il fournit et complète les totaux.",
      "Vom Matching-Modul definiert; der Hub zählt, was es liefert, und ergänzt die Summen.",
      "Defined by the matching module; the hub counts what it provides and adds the totals."),
    t("Stroom over de kalendermaand en het kalenderjaar.", "Flux sur le mois civil et l'année civile.", "Fluss über Kalendermonat und Kalenderjahr.", "Flow over the calendar month and calendar year."),
    ["ORIGIN_REGION", "DESTINATION_REGION"], cu_code="PERSON")

ILL = t("Illustratieve demotekst, geen officiële definitie van de instelling.", "Texte de démonstration illustratif, pas la définition officielle de l'institution.",
        "Illustrativer Demotext, nicht die offizielle Definition der Einrichtung.", "Illustrative demo text, not the institution's official definition.")

def member(stat, inst, name, purpose, inc, inc_codes, exc, exc_codes, sub, geo_codes, geo, cu_code, cu, method_code, method,
           window_code, window, breakdowns, breaks=()):
    def note(x):
        return {k: x[k] + " [" + ILL[k] + "]" for k in x}
    entries.append({
        "statistic": stat, "institution": inst, "year": YEAR, "demoOnly": True,
        "entry": {"illustrative": True, "source": "Illustrative demo entry (not sourced); replace with the institution's own text",
                  "headings": {
                      "name": h([], name), "purpose": h([], note(purpose)), "scopeIncludes": h(inc_codes, inc),
                      "scopeExcludes": h(exc_codes, exc), "scopeSubsets": h([], sub), "scopeGeography": h(geo_codes, geo),
                      "censusUnit": h([cu_code], cu), "method": h([method_code], method),
                      "observationWindow": h([window_code], window),
                      "updateFrequency": h(["MONTHLY"], t("Maandelijks.", "Mensuelle.", "Monatlich.", "Monthly.")),
                      "breakdowns": h(breakdowns, t("Per " + ", ".join(breakdowns).lower() + ".", "Par " + ", ".join(breakdowns).lower() + ".",
                                                    "Nach " + ", ".join(breakdowns).lower() + ".", "By " + ", ".join(breakdowns).lower() + "."))},
                  "breaks": list(breaks)}})

PERSON = t("Een persoon (werkzoekende).", "Une personne (demandeur d'emploi).", "Eine Person (Arbeitsuchende/r).", "A person (jobseeker).")
STOCK_END = t("Toestand op de laatste dag van de maand.", "Situation au dernier jour du mois.", "Stand am letzten Tag des Monats.", "Situation on the last day of the month.")
JD_PURPOSE = t("De omvang en samenstelling van de vraag naar werk opvolgen.", "Suivre le volume et la composition de la demande d'emploi.",
               "Umfang und Zusammensetzung der Arbeitsnachfrage verfolgen.", "Follow the size and composition of job demand.")
SUB = t("Uitkeringsgerechtigden, jongeren in beroepsinschakelingstijd, vrij ingeschrevenen.", "Demandeurs d'allocations, jeunes en stage d'insertion, librement inscrits.",
        "Leistungsbezieher, Jugendliche in der Eingliederungszeit, freiwillig Eingeschriebene.", "Benefit claimants, young people in their integration period, voluntarily registered.")

member("JOB_DEMAND", "VDAB",
       t("Niet-werkende werkzoekenden (NWWZ)", "Demandeurs d'emploi inoccupés (NWWZ)", "Nichterwerbstätige Arbeitsuchende (NWWZ)", "Non-working jobseekers (NWWZ)"),
       JD_PURPOSE,
       t("Ingeschreven niet-werkende werkzoekenden: uitkeringsgerechtigd volledig werklozen, jongeren in beroepsinschakelingstijd, vrij ingeschrevenen.",
         "Demandeurs d'emploi inoccupés inscrits : chômeurs complets indemnisés, jeunes en stage d'insertion, librement inscrits.",
         "Eingeschriebene nichterwerbstätige Arbeitsuchende: Vollarbeitslose mit Leistungen, Jugendliche in der Eingliederungszeit, freiwillig Eingeschriebene.",
         "Registered non-working jobseekers: fully unemployed benefit claimants, young people in their integration period, voluntarily registered."),
       ["BENEFIT_CLAIMANTS", "INTEGRATION_PERIOD", "VOLUNTARY"],
       t("Werkzoekenden in opleiding en deeltijds werkenden.", "Demandeurs d'emploi en formation et travailleurs à temps partiel.",
         "Arbeitsuchende in Ausbildung und Teilzeitbeschäftigte.", "Jobseekers in training and part-time workers."),
       ["IN_TRAINING", "PART_TIME_WORKERS"], SUB, ["VLG"],
       t("Vlaams Gewest, volgens de woonplaats.", "Région flamande, selon le domicile.", "Flämische Region, nach Wohnort.", "Flemish Region, by place of residence."),
       "PERSON", PERSON, "STOCK_COUNT",
       t("Telling van de personen in de voorraad.", "Comptage des personnes dans le stock.", "Zählung der Personen im Bestand.", "Count of the persons in the stock."),
       "LAST_DAY_OF_MONTH", STOCK_END, ["SEX", "AGE", "EDUCATION", "DURATION", "PROVINCE"])

member("JOB_DEMAND", "FOREM",
       t("Demandeurs d'emploi inoccupés (DEI)", "Demandeurs d'emploi inoccupés (DEI)", "Nichterwerbstätige Arbeitsuchende (DEI)", "Unemployed jobseekers (DEI)"),
       JD_PURPOSE,
       t("Uitkeringsaanvragers, jongeren in beroepsinschakelingstijd, vrij ingeschrevenen, verplicht ingeschrevenen (bv. OCMW-cliënten).",
         "Demandeurs d'allocations, jeunes en stage d'insertion, librement inscrits, demandeurs d'emploi obligatoirement inscrits (p. ex. bénéficiaires du CPAS).",
         "Leistungsbezieher, Jugendliche in der Eingliederungszeit, freiwillig Eingeschriebene, pflichtmäßig Eingeschriebene (z. B. ÖSHZ-Empfänger).",
         "Benefit claimants, young people in their integration period, voluntarily registered, compulsorily registered jobseekers (e.g. social assistance recipients)."),
       ["BENEFIT_CLAIMANTS", "INTEGRATION_PERIOD", "VOLUNTARY", "SOCIAL_ASSISTANCE"],
       t("Deeltijds werkenden.", "Travailleurs à temps partiel.", "Teilzeitbeschäftigte.", "Part-time workers."),
       ["PART_TIME_WORKERS"], SUB, ["WAL"],
       t("Waals Gewest zonder het Duitse taalgebied, volgens de woonplaats.", "Région wallonne hors Communauté germanophone, selon le domicile.",
         "Wallonische Region ohne das deutsche Sprachgebiet, nach Wohnort.", "Walloon Region without the German-speaking area, by place of residence."),
       "PERSON", PERSON, "STOCK_COUNT",
       t("Telling van de personen in de voorraad.", "Comptage des personnes dans le stock.", "Zählung der Personen im Bestand.", "Count of the persons in the stock."),
       "LAST_DAY_OF_MONTH", STOCK_END, ["SEX", "AGE", "EDUCATION", "DURATION", "PROVINCE"],
       [{"year": YEAR, "period": "2026-01", "cause": "TECHNICAL", "affectedSeries": ["JOB_DEMAND"],
         "description": t("Illustratief: nieuw dossierbeheersysteem; de duur van de inschrijving wordt sindsdien anders berekend.",
                          "Illustratif : nouveau système de gestion des dossiers ; la durée d'inscription est calculée autrement depuis.",
                          "Illustrativ: neues Fallverwaltungssystem; die Dauer der Einschreibung wird seitdem anders berechnet.",
                          "Illustrative: new case-management system; the registration duration is computed differently since.")}])

member("JOB_DEMAND", "ACTIRIS",
       t("Niet-werkende werkzoekenden (NWWZ)", "Demandeurs d'emploi inoccupés (DEI)", "Nichterwerbstätige Arbeitsuchende", "Unemployed jobseekers"),
       JD_PURPOSE,
       t("Uitkeringsaanvragers, jongeren in beroepsinschakelingstijd, vrij ingeschrevenen, verplicht ingeschrevenen (bv. OCMW-cliënten).",
         "Demandeurs d'allocations, jeunes en stage d'insertion, librement inscrits, demandeurs d'emploi obligatoirement inscrits (p. ex. bénéficiaires du CPAS).",
         "Leistungsbezieher, Jugendliche in der Eingliederungszeit, freiwillig Eingeschriebene, pflichtmäßig Eingeschriebene (z. B. ÖSHZ-Empfänger).",
         "Benefit claimants, young people in their integration period, voluntarily registered, compulsorily registered jobseekers (e.g. social assistance recipients)."),
       ["BENEFIT_CLAIMANTS", "INTEGRATION_PERIOD", "VOLUNTARY", "SOCIAL_ASSISTANCE"],
       t("Deeltijds werkenden.", "Travailleurs à temps partiel.", "Teilzeitbeschäftigte.", "Part-time workers."),
       ["PART_TIME_WORKERS"], SUB, ["BRU"],
       t("Brussels Hoofdstedelijk Gewest, volgens de woonplaats.", "Région de Bruxelles-Capitale, selon le domicile.",
         "Region Brüssel-Hauptstadt, nach Wohnort.", "Brussels-Capital Region, by place of residence."),
       "PERSON", PERSON, "STOCK_COUNT",
       t("Telling van de personen in de voorraad.", "Comptage des personnes dans le stock.", "Zählung der Personen im Bestand.", "Count of the persons in the stock."),
       "LAST_DAY_OF_MONTH", STOCK_END, ["SEX", "AGE", "EDUCATION", "DURATION"])

member("JOB_DEMAND", "ADG",
       t("Arbeitsuchende (AS)", "Demandeurs d'emploi", "Arbeitsuchende", "Jobseekers"),
       JD_PURPOSE,
       t("Alle ingeschreven werkzoekenden zonder werk, ook wie een opleiding volgt.", "Tous les demandeurs d'emploi inscrits sans emploi, y compris en formation.",
         "Alle eingeschriebenen Arbeitsuchenden ohne Beschäftigung, auch in Ausbildung.", "All registered jobseekers without work, including those in training."),
       ["BENEFIT_CLAIMANTS", "INTEGRATION_PERIOD", "VOLUNTARY", "IN_TRAINING"],
       t("Deeltijds werkenden.", "Travailleurs à temps partiel.", "Teilzeitbeschäftigte.", "Part-time workers."),
       ["PART_TIME_WORKERS"], SUB, ["DG"],
       t("Duitstalige Gemeenschap (9 gemeenten), volgens de woonplaats.", "Communauté germanophone (9 communes), selon le domicile.",
         "Deutschsprachige Gemeinschaft (9 Gemeinden), nach Wohnort.", "German-speaking Community (9 municipalities), by place of residence."),
       "PERSON", PERSON, "MONTHLY_AVERAGE",
       t("Gemiddelde van de dagelijkse voorraden van de maand.", "Moyenne des stocks journaliers du mois.", "Durchschnitt der täglichen Bestände des Monats.", "Average of the month's daily stocks."),
       "MONTH_AVERAGE",
       t("Gemiddelde over de maand.", "Moyenne sur le mois.", "Durchschnitt über den Monat.", "Average over the month."),
       ["SEX", "AGE", "DURATION"])

TR_PURPOSE = t("De instroom in beroepsopleiding opvolgen.", "Suivre les entrées en formation professionnelle.", "Die Eintritte in die Berufsausbildung verfolgen.", "Follow the entries into vocational training.")
for inst, geo_codes, geo, cu_code, cu, breakdowns in [
    ("BF", ["BRU"], t("Franstalige opleidingen in Brussel.", "Formations francophones à Bruxelles.", "Französischsprachige Ausbildungen in Brüssel.", "French-speaking training in Brussels."),
     "TRAINEE", t("Een stagiair (een persoon telt één keer per maand).", "Un stagiaire (une personne compte une fois par mois).", "Ein Auszubildender (eine Person zählt einmal je Monat).", "A trainee (a person counts once a month)."),
     ["SEX", "AGE", "EDUCATION", "TRAINING_TYPE"]),
    ("FOREM", ["WAL"], t("Opleidingen van Le Forem en zijn partners in Wallonië.", "Formations du Forem et de ses partenaires en Wallonie.", "Ausbildungen des Forem und seiner Partner in der Wallonie.", "Training by Le Forem and its partners in Wallonia."),
     "TRAINING_START", t("Een instap in een opleiding (een persoon kan meerdere keren tellen).", "Une entrée en formation (une personne peut compter plusieurs fois).", "Ein Ausbildungseintritt (eine Person kann mehrfach zählen).", "A training start (a person may count several times)."),
     ["SEX", "AGE", "TRAINING_TYPE", "PROVINCE"])]:
    member("TRAINING_ENTRANTS", inst,
           t("Instroom in opleiding", "Entrées en formation", "Eintritte in Ausbildung", "Training entrants"), TR_PURPOSE,
           t("Beroepsopleidingen voor werkzoekenden, ook opleiding op de werkvloer.", "Formations professionnelles pour demandeurs d'emploi, y compris en entreprise.",
             "Berufsausbildungen für Arbeitsuchende, auch betriebliche.", "Vocational training for jobseekers, including in-company training."),
           ["JOBSEEKERS", "IN_COMPANY"],
           t("Opleidingen voor werknemers.", "Formations pour travailleurs.", "Ausbildungen für Beschäftigte.", "Training for employees."), ["EMPLOYEES"],
           t("Per soort opleiding.", "Par type de formation.", "Nach Ausbildungsart.", "By type of training."), geo_codes, geo, cu_code, cu, "FLOW_COUNT",
           t("Telling van de instappen in de maand.", "Comptage des entrées du mois.", "Zählung der Eintritte im Monat.", "Count of the month's entries."),
           "CALENDAR_MONTH_FLOW", t("Kalendermaand.", "Mois civil.", "Kalendermonat.", "Calendar month."), breakdowns)

out = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/statistics/methodology-seed.json"
out.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", out, len(entries), "entries")
