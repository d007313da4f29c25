<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Gate</name>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Latency from intended send</source>
        <translation>Latenz ab geplantem Sendezeitpunkt</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Delivery success</source>
        <translation>Zustellerfolg</translation>
    </message>
    <message>
        <source>HTTP failures</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Dropped requests</source>
        <translation>Verworfene Anfragen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>full %1</source>
        <translation>volle %1</translation>
    </message>
    <message>
        <source>Request rate (http_reqs)</source>
        <translation>Anfragerate (http_reqs)</translation>
    </message>
    <message>
        <source>Dropped requests (dropped_iterations)</source>
        <translation>Verworfene Anfragen (dropped_iterations)</translation>
    </message>
</context>
<context>
    <name>canary::ui::CompareView</name>
    <message>
        <source>Latency p95 (ms) of both runs</source>
        <translation>Latenz p95 (ms) beider Läufe</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CanaryDesk — compare runs</source>
        <translation>CanaryDesk — Läufe vergleichen</translation>
    </message>
    <message>
        <source>Reading both runs…</source>
        <translation>Beide Läufe werden gelesen…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Run A</source>
        <translation>Lauf A</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>Lauf B</translation>
    </message>
    <message>
        <source>Both runs&apos; numbers side by side</source>
        <translation>Die Zahlen beider Läufe nebeneinander</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Delivery success</source>
        <translation>Zustellerfolg</translation>
    </message>
    <message>
        <source>HTTP failures</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>A&apos;s gate %1</source>
        <translation>Gate von A %1</translation>
    </message>
    <message>
        <source>A p95</source>
        <translation>A p95</translation>
    </message>
    <message>
        <source>B p95</source>
        <translation>B p95</translation>
    </message>
    <message>
        <source>Change (B − A): rates in percentage points</source>
        <translation>Änderung (B − A): Quoten in Prozentpunkten</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 Pp.</translation>
    </message>
    <message>
        <source> (%1%2 % of A)</source>
        <translation> (%1%2 % von A)</translation>
    </message>
</context>
<context>
    <name>canary::ui::CredentialsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>HTTP Basic (RFC 6749 default)</source>
        <translation>HTTP Basic (Standard nach RFC 6749)</translation>
    </message>
    <message>
        <source>Form body (client_id, client_secret)</source>
        <translation>Formularfelder (client_id, client_secret)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Write-only: the secret goes to the OS keychain and is never shown again.</source>
        <translation>Nur schreibbar: Das Geheimnis kommt in den Schlüsselbund des Systems und wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>The keychain entry name; scenarios refer to it as auth.secretKey (default: the client id).</source>
        <translation>Der Name des Schlüsselbund-Eintrags; Szenarien verweisen darauf mit auth.secretKey (Standard: die Client-ID).</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Profile id:</source>
        <translation>Profil-ID:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>No secret stored yet.</source>
        <translation>Noch kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Removed %1 and its secret.</source>
        <translation>%1 und sein Geheimnis wurden entfernt.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>gespeichert – zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>✓ A secret is stored in the OS keychain.</source>
        <translation>✓ Ein Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>the profile id is empty</source>
        <translation>die Profil-ID ist leer</translation>
    </message>
    <message>
        <source>the token URL must be an http:// or https:// URL</source>
        <translation>die Token-URL muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>the client id is empty</source>
        <translation>die Client-ID ist leer</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1; its secret is in the OS keychain.</source>
        <translation>%1 gespeichert; sein Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved %1, but the secret was not stored: %2</source>
        <translation>%1 gespeichert, aber das Geheimnis wurde nicht abgelegt: %2</translation>
    </message>
    <message>
        <source>Fetching a token…</source>
        <translation>Token wird abgerufen…</translation>
    </message>
    <message>
        <source>✓ %1 token, lifetime %2 s, fetched in %3 ms.</source>
        <translation>✓ %1-Token, Lebensdauer %2 s, in %3 ms abgerufen.</translation>
    </message>
    <message>
        <source>keychain locked — unlock it, then reopen this profile</source>
        <translation>Schlüsselbund gesperrt – entsperren, dann dieses Profil erneut öffnen</translation>
    </message>
</context>
<context>
    <name>canary::ui::DashboardView</name>
    <message>
        <source>no gate criterion</source>
        <translation>kein Gate-Kriterium</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>HTTP failures</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>95 % of requests answered at least this fast (the gate judges the whole run so far)</source>
        <translation>95 % der Anfragen wurden mindestens so schnell beantwortet (das Gate bewertet den bisherigen Lauf)</translation>
    </message>
    <message>
        <source>Share of requests whose check failed (status not expected)</source>
        <translation>Anteil der Anfragen mit fehlgeschlagener Prüfung (unerwarteter Status)</translation>
    </message>
    <message>
        <source>Share of requests the service reports as delivered (the scenario&apos;s delivery check)</source>
        <translation>Anteil der Anfragen, die der Dienst als zugestellt meldet (Zustellprüfung des Szenarios)</translation>
    </message>
    <message>
        <source>Share of requests answered 4xx/5xx or not at all</source>
        <translation>Anteil der Anfragen mit Antwort 4xx/5xx oder ohne Antwort</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Elapsed and remaining</source>
        <translation>Vergangen und verbleibend</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>target %1 /s</source>
        <translation>Ziel %1 /s</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>Obergrenze %1</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>average · target %1 /s</source>
        <translation>Durchschnitt · Ziel %1 /s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 dropped · cap %2</source>
        <translation>%1 verworfen · Obergrenze %2</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 of %4 requests</source>
        <translation>%1 / %2 · %3 von %4 Anfragen</translation>
    </message>
    <message>
        <source>no request succeeded</source>
        <translation>keine Anfrage erfolgreich</translation>
    </message>
    <message>
        <source>Latency from intended send time</source>
        <translation>Latenz ab geplantem Sendezeitpunkt</translation>
    </message>
    <message>
        <source>Off: service time as k6 reports it (http_req_duration). On: measured from when the schedule wanted the request sent, so queueing in the load generator is included (what users wait).</source>
        <translation>Aus: Dienstzeit, wie k6 sie meldet (http_req_duration). An: gemessen ab dem Zeitpunkt, zu dem der Zeitplan die Anfrage senden wollte – Warten im Lastgenerator eingeschlossen (was Nutzer warten).</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Request rate (/s)</source>
        <translation>Anfragerate (/s)</translation>
    </message>
    <message>
        <source>Failures so far (%)</source>
        <translation>Fehler bisher (%)</translation>
    </message>
    <message>
        <source>p95 whole run</source>
        <translation>p95 ganzer Lauf</translation>
    </message>
    <message>
        <source>errors each second</source>
        <translation>Fehler je Sekunde</translation>
    </message>
</context>
<context>
    <name>canary::ui::GateChart</name>
    <message>
        <source>Point at the chart for the values at that second; drag across it to zoom to a time range, double-click (or Esc) to see the whole run again.</source>
        <translation>Zeigen Sie auf das Diagramm, um die Werte dieser Sekunde zu sehen; ziehen Sie darüber, um einen Zeitraum zu vergrößern, Doppelklick (oder Esc) zeigt wieder den ganzen Lauf.</translation>
    </message>
</context>
<context>
    <name>canary::ui::HealthStrip</name>
    <message>
        <source>Recent health samples</source>
        <translation>Letzte Health-Proben</translation>
    </message>
    <message>
        <source>%1 of the last %2 samples healthy</source>
        <translation>%1 der letzten %2 Proben gesund</translation>
    </message>
</context>
<context>
    <name>canary::ui::HealthView</name>
    <message>
        <source>Health state</source>
        <translation>Health-Zustand</translation>
    </message>
    <message>
        <source>Last health answer</source>
        <translation>Letzte Health-Antwort</translation>
    </message>
    <message>
        <source>● waiting for the first answer from %1</source>
        <translation>● warte auf die erste Antwort von %1</translation>
    </message>
    <message>
        <source>● ok · HTTP %1 in %2 ms · %3</source>
        <translation>● ok · HTTP %1 in %2 ms · %3</translation>
    </message>
    <message>
        <source>✗ FAILING · %1 · %2</source>
        <translation>✗ FEHLERHAFT · %1 · %2</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Show the body of the last health answer</source>
        <translation>Den Inhalt der letzten Health-Antwort zeigen</translation>
    </message>
</context>
<context>
    <name>canary::ui::HistoryWindow</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Compare two</source>
        <translation>Zwei &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Remove from history</source>
        <translation>Aus dem Verlauf &amp;entfernen</translation>
    </message>
    <message>
        <source>CanaryDesk — run history</source>
        <translation>CanaryDesk — Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Stored runs, newest first</source>
        <translation>Gespeicherte Läufe, neueste zuerst</translation>
    </message>
    <message>
        <source>Open the run&apos;s evidence package in the viewer</source>
        <translation>Das Nachweispaket des Laufs im Betrachter öffnen</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare their numbers and p95 curves</source>
        <translation>Zwei Läufe wählen (Strg+Klick), um Zahlen und p95-Kurven zu vergleichen</translation>
    </message>
    <message>
        <source>Copy the run&apos;s package elsewhere; an interrupted run gets its package built now</source>
        <translation>Das Paket des Laufs anderswohin kopieren; ein unterbrochener Lauf erhält sein Paket jetzt</translation>
    </message>
    <message>
        <source>Forget the run in History; its folder stays on disk</source>
        <translation>Den Lauf aus dem Verlauf entfernen; sein Ordner bleibt erhalten</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) · %1</source>
        <translation>
            <numerusform>%n Lauf · %1</numerusform>
            <numerusform>%n Läufe · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from history</source>
        <translation>Aus dem Verlauf entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n run(s)? Their folders stay on disk.</source>
        <translation>
            <numerusform>%n Lauf vergessen? Der Ordner bleibt erhalten.</numerusform>
            <numerusform>%n Läufe vergessen? Die Ordner bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence package to</source>
        <translation>Nachweispaket exportieren nach</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>%1 · evidence incomplete</source>
        <translation>%1 · Nachweise unvollständig</translation>
    </message>
</context>
<context>
    <name>canary::ui::LogView</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Hold the view still; lines keep being collected</source>
        <translation>Ansicht anhalten; Zeilen werden weiter gesammelt</translation>
    </message>
    <message>
        <source>Pause log view</source>
        <translation>Log-Ansicht anhalten</translation>
    </message>
    <message>
        <source>Show only log lines containing</source>
        <translation>Nur Log-Zeilen zeigen, die enthalten</translation>
    </message>
    <message>
        <source>Matching log lines</source>
        <translation>Passende Log-Zeilen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Show log lines of this level</source>
        <translation>Protokollzeilen dieser Stufe zeigen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>canary::ui::MainWindow</name>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load a canary scenario (JSON)</source>
        <translation>Ein Canary-Szenario laden (JSON)</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the scenario to a file</source>
        <translation>Das Szenario in eine Datei speichern</translation>
    </message>
    <message>
        <source>▶ &amp;Start</source>
        <translation>▶ &amp;Starten</translation>
    </message>
    <message>
        <source>■ S&amp;top</source>
        <translation>■ S&amp;toppen</translation>
    </message>
    <message>
        <source>✖ &amp;Abort</source>
        <translation>✖ &amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export Evidence…</source>
        <translation>Nachweise &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit CanaryDesk</source>
        <translation>CanaryDesk beenden</translation>
    </message>
    <message>
        <source>&amp;About CanaryDesk</source>
        <translation>&amp;Über CanaryDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>● IDLE</source>
        <translation>● BEREIT ZUM LADEN</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>Scenario and gate</source>
        <translation>Szenario und Gate</translation>
    </message>
    <message>
        <source>Open a scenario (Ctrl+O) to see what the canary will do.</source>
        <translation>Öffnen Sie ein Szenario (Strg+O), um zu sehen, was der Canary tun wird.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The service&apos;s health endpoint is polled here during a run.</source>
        <translation>Der Health-Endpunkt des Dienstes wird hier während eines Laufs abgefragt.</translation>
    </message>
    <message>
        <source>Application logs</source>
        <translation>Anwendungsprotokolle</translation>
    </message>
    <message>
        <source>Matching log lines (ERROR, WARN, delivery_failure) stream here during a run.</source>
        <translation>Passende Protokollzeilen (ERROR, WARN, delivery_failure) erscheinen hier während eines Laufs.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>no scenario loaded</source>
        <translation>kein Szenario geladen</translation>
    </message>
    <message>
        <source>%1 is polled every %2 during a run.</source>
        <translation>%1 wird während eines Laufs alle %2 abgefragt.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>● READY</source>
        <translation>● BEREIT</translation>
    </message>
    <message>
        <source>Scenario not loaded</source>
        <translation>Szenario nicht geladen</translation>
    </message>
    <message>
        <source>%1 has problems; the current scenario stays loaded.</source>
        <translation>%1 enthält Fehler; das aktuelle Szenario bleibt geladen.</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Scenario not saved</source>
        <translation>Szenario nicht gespeichert</translation>
    </message>
    <message>
        <source>About CanaryDesk</source>
        <translation>Über CanaryDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CanaryDesk %1&lt;/b&gt;&lt;p&gt;Runs a production canary, judges it against a release gate and exports evidence that people who never open a terminal can trust.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CanaryDesk %1&lt;/b&gt;&lt;p&gt;Führt einen Produktions-Canary aus, bewertet ihn gegen ein Release-Gate und exportiert Nachweise, denen auch Menschen vertrauen können, die nie ein Terminal öffnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>OAuth2 client profiles; secrets stay in the OS keychain</source>
        <translation>OAuth2-Client-Profile; Geheimnisse bleiben im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Package…</source>
        <translation>Nachweis&amp;paket öffnen…</translation>
    </message>
    <message>
        <source>View an evidence package read-only (its manifest.json, or a .zip); a folder can also be dropped here</source>
        <translation>Ein Nachweispaket schreibgeschützt ansehen (seine manifest.json oder ein .zip); ein Ordner kann auch hierher gezogen werden</translation>
    </message>
    <message>
        <source>Open Evidence Package</source>
        <translation>Nachweispaket öffnen</translation>
    </message>
    <message>
        <source>Evidence packages (manifest.json *.zip)</source>
        <translation>Nachweispakete (manifest.json *.zip)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Past runs: open, compare two, export again</source>
        <translation>Frühere Läufe: öffnen, zwei vergleichen, erneut exportieren</translation>
    </message>
    <message>
        <source>Start the canary against the scenario&apos;s target (asks first: this is real traffic)</source>
        <translation>Den Canary gegen das Ziel des Szenarios starten (fragt zuerst: das ist echter Verkehr)</translation>
    </message>
    <message>
        <source>Stop gracefully: no new requests, in-flight ones finish, evidence is written</source>
        <translation>Geordnet anhalten: keine neuen Anfragen, laufende werden beendet, Nachweise werden geschrieben</translation>
    </message>
    <message>
        <source>Stop at once: in-flight requests are cut off; evidence is still written</source>
        <translation>Sofort anhalten: laufende Anfragen werden abgebrochen; Nachweise werden trotzdem geschrieben</translation>
    </message>
    <message>
        <source>Copy the signed evidence package of the last run to a folder of your choice</source>
        <translation>Das signierte Nachweispaket des letzten Laufs in einen Ordner Ihrer Wahl kopieren</translation>
    </message>
    <message>
        <source>Show or hide the scenario summary and gate</source>
        <translation>Szenario-Zusammenfassung und Gate ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Evidence exported to %1 and checked against its signed manifest.</source>
        <translation>Nachweise nach %1 exportiert und gegen ihr signiertes Manifest geprüft.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>View as stakeholder</source>
        <translation>Als Stakeholder ansehen</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Token fetches, health changes, guard rails and the verdict appear here.</source>
        <translation>Token-Abrufe, Health-Wechsel, Schutzregeln und das Urteil erscheinen hier.</translation>
    </message>
    <message>
        <source>Run history unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Start the canary?</source>
        <translation>Canary starten?</translation>
    </message>
    <message>
        <source>This sends real traffic to the target.</source>
        <translation>Das sendet echten Verkehr an das Ziel.</translation>
    </message>
    <message>
        <source>%1 %2
%3 /s for %4 — about %5 requests
Gate: %6</source>
        <translation>%1 %2
%3 /s für %4 — etwa %5 Anfragen
Gate: %6</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>/%1/ in %2</source>
        <translation>/%1/ in %2</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>● RUNNING</source>
        <translation>● LÄUFT</translation>
    </message>
    <message>
        <source>● RUNNING %1</source>
        <translation>● LÄUFT %1</translation>
    </message>
    <message>
        <source>● STARTING</source>
        <translation>● STARTET</translation>
    </message>
    <message>
        <source>stopped by the operator</source>
        <translation>vom Operator angehalten</translation>
    </message>
    <message>
        <source>● STOPPING</source>
        <translation>● HÄLT AN</translation>
    </message>
    <message>
        <source>aborted by the operator</source>
        <translation>vom Operator abgebrochen</translation>
    </message>
    <message>
        <source>● ABORTING</source>
        <translation>● BRICHT AB</translation>
    </message>
    <message>
        <source>● NOT STARTED</source>
        <translation>● NICHT GESTARTET</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>Der Lauf startete nicht: %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (signed %2)</source>
        <translation>Nachweise: %1 (signiert %2)</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Canary %1: %2</source>
        <translation>Canary %1: %2</translation>
    </message>
    <message>
        <source>Export the evidence package to</source>
        <translation>Nachweispaket exportieren nach</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>The run history database could not be opened.</source>
        <translation>Die Verlaufsdatenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Abort the run and quit? The results so far stay on disk and the run appears in History as interrupted.</source>
        <translation>Lauf abbrechen und beenden? Die bisherigen Ergebnisse bleiben erhalten und der Lauf erscheint im Verlauf als unterbrochen.</translation>
    </message>
    <message>
        <source>Evidence written to %1</source>
        <translation>Nachweise geschrieben nach %1</translation>
    </message>
    <message>
        <source>&amp;Import k6 Results…</source>
        <translation>k6-Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Turn k6 output made elsewhere (--out json, handleSummary, --summary-export) into an evidence package</source>
        <translation>Anderswo erzeugte k6-Ausgaben (--out json, handleSummary, --summary-export) in ein Nachweispaket verwandeln</translation>
    </message>
    <message>
        <source>Import k6 Results</source>
        <translation>k6-Ergebnisse importieren</translation>
    </message>
    <message>
        <source>k6 results (*.json *.json.gz *.ndjson *.gz)</source>
        <translation>k6-Ergebnisse (*.json *.json.gz *.ndjson *.gz)</translation>
    </message>
    <message>
        <source>Engine: CanaryDesk</source>
        <translation>Engine: CanaryDesk</translation>
    </message>
    <message>
        <source>Engine: k6</source>
        <translation>Engine: k6</translation>
    </message>
    <message>
        <source>Load engine</source>
        <translation>Last-Engine</translation>
    </message>
    <message>
        <source>CanaryDesk&apos;s own engine, or k6 on this machine (CANARYDESK_K6 or k6 on PATH), followed live and packaged the same way</source>
        <translation>Die eigene Engine von CanaryDesk oder k6 auf diesem Rechner (CANARYDESK_K6 oder k6 im PATH), live verfolgt und genauso verpackt</translation>
    </message>
    <message>
        <source>These commands will run on this machine to read the application&apos;s logs:
%1</source>
        <translation>Diese Befehle laufen auf diesem Rechner, um die Logs der Anwendung zu lesen:
%1</translation>
    </message>
    <message>
        <source>k6 started</source>
        <translation>k6 gestartet</translation>
    </message>
    <message>
        <source>● RUNNING (k6)</source>
        <translation>● LÄUFT (k6)</translation>
    </message>
    <message>
        <source>k6 finished: %1 %2</source>
        <translation>k6 beendet: %1 %2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 nach %2 importiert</translation>
    </message>
    <message>
        <source>The request body reads these environment variables of this machine: %1</source>
        <translation>Der Anfrage-Body liest diese Umgebungsvariablen dieses Rechners: %1</translation>
    </message>
    <message>
        <source>TLS certificate verification is OFF for the target (target.insecure).</source>
        <translation>Die TLS-Zertifikatsprüfung ist für das Ziel AUS (target.insecure).</translation>
    </message>
    <message>
        <source>Post checkpoint to Slack…</source>
        <translation>Checkpoint an Slack senden…</translation>
    </message>
    <message>
        <source>Post the checkpoint update to Slack?</source>
        <translation>Das Checkpoint-Update an Slack senden?</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Checkpoint update posted to Slack</source>
        <translation>Checkpoint-Update an Slack gesendet</translation>
    </message>
    <message>
        <source>Slack did not take it: %1</source>
        <translation>Slack hat es nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent scenarios</source>
        <translation>Keine zuletzt geöffneten Szenarien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Edit Scenario…</source>
        <translation>Szenario &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the scenario in a form (checked as you type) or as JSON, and send one test request</source>
        <translation>Das Szenario in einem Formular (beim Tippen geprüft) oder als JSON ändern und eine Testanfrage senden</translation>
    </message>
    <message>
        <source>edited scenario</source>
        <translation>bearbeitetes Szenario</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>Importiere %1 …</translation>
    </message>
    <message>
        <source>Not posted: %1 (store the Slack incoming-webhook URL under the keychain entry slack-webhook, or set CANARYDESK_SLACK_WEBHOOK)</source>
        <translation>Nicht gesendet: %1 (die Slack-Incoming-Webhook-URL im Schlüsselbund-Eintrag slack-webhook speichern oder CANARYDESK_SLACK_WEBHOOK setzen)</translation>
    </message>
    <message>
        <source>Evidence incomplete in %1: not signed</source>
        <translation>Nachweise in %1 unvollständig: nicht signiert</translation>
    </message>
    <message>
        <source>Evidence INCOMPLETE in %1 — not signed; the raw results are kept. Free the space or fix the folder, then export the run again from History.</source>
        <translation>Nachweise in %1 UNVOLLSTÄNDIG — nicht signiert; die Rohergebnisse bleiben erhalten. Schaffen Sie Platz oder beheben Sie das Problem mit dem Ordner und exportieren Sie den Lauf dann erneut aus dem Verlauf.</translation>
    </message>
    <message>
        <source>Export Evidence as &amp;Zip…</source>
        <translation>Nachweise als &amp;Zip exportieren…</translation>
    </message>
    <message>
        <source>Write the signed evidence package of the last run as one .zip file, to mail or attach</source>
        <translation>Das signierte Nachweispaket des letzten Laufs als eine .zip-Datei schreiben, zum Versenden oder Anhängen</translation>
    </message>
    <message>
        <source>Export the evidence package as a zip file</source>
        <translation>Nachweispaket als Zip-Datei exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Scenario &amp;Details</source>
        <translation>Szenario-&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Überwachung</translation>
    </message>
    <message>
        <source>Show or hide health, application logs and the timeline beside the charts</source>
        <translation>Health, Anwendungsprotokolle und Zeitleiste neben den Diagrammen zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The diagnosis, the next steps and where the evidence is</source>
        <translation>Die Diagnose, die nächsten Schritte und wo die Nachweise liegen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>Details des Urteils</translation>
    </message>
    <message>
        <source>No scenario — open one (Ctrl+O) to see what the canary will do.</source>
        <translation>Kein Szenario – öffnen Sie eines (Strg+O), um zu sehen, was der Canary tun wird.</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 requests</source>
        <translation>%1 · %2 %3 · %4 Anfragen</translation>
    </message>
</context>
<context>
    <name>canary::ui::PackageViewer</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>Paket wird geöffnet…</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Signaturprüfung</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Gate-Kriterien</translation>
    </message>
    <message>
        <source>Each criterion of the release gate: what it requires, what the run measured, and whether it passed. p95 is the latency 95 % of requests beat.</source>
        <translation>Jedes Kriterium des Release-Gates: was es verlangt, was der Lauf gemessen hat und ob es bestanden ist. p95 ist die Latenz, die 95 % der Anfragen unterbieten.</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>Was geschah und was zu tun ist</translation>
    </message>
    <message>
        <source>What happened and what to do next</source>
        <translation>Was geschah und was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Urteil</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Run timeline</source>
        <translation>Zeitleiste des Laufs</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Error log lines inside the canary window</source>
        <translation>Fehler-Logzeilen im Canary-Zeitfenster</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <source>Files in the package</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>Über diesen Lauf</translation>
    </message>
    <message>
        <source>&amp;About the run</source>
        <translation>Über den &amp;Lauf</translation>
    </message>
    <message>
        <source>Cannot open: %1</source>
        <translation>Kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>CanaryDesk viewer — %1</source>
        <translation>CanaryDesk-Betrachter — %1</translation>
    </message>
    <message>
        <source>✗ This package does not match its signed manifest: %1</source>
        <translation>✗ Dieses Paket stimmt nicht mit seinem signierten Manifest überein: %1</translation>
    </message>
    <message>
        <source>✓ PASS</source>
        <translation>✓ BESTANDEN</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>No application log was watched during this run.</source>
        <translation>Während dieses Laufs wurde kein Anwendungslog beobachtet.</translation>
    </message>
    <message>
        <source>No matching log line inside the canary window.</source>
        <translation>Keine passende Logzeile im Canary-Zeitfenster.</translation>
    </message>
    <message>
        <source>Target: %1&lt;br&gt;Started: %2 · ended %3 (UTC)&lt;br&gt;Run: %4 (%5)&lt;br&gt;Operator: %6 on %7&lt;br&gt;%8&lt;br&gt;Source: %9</source>
        <translation>Ziel: %1&lt;br&gt;Gestartet: %2 · beendet %3 (UTC)&lt;br&gt;Lauf: %4 (%5)&lt;br&gt;Operator: %6 auf %7&lt;br&gt;%8&lt;br&gt;Quelle: %9</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stopped early: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vorzeitig angehalten: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;About the data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zu den Daten&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens a file with the desktop&apos;s application for it</source>
        <translation>Doppelklick (oder Eingabe) öffnet eine Datei mit der Anwendung des Desktops dafür</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open report.html in the &amp;Browser</source>
        <translation>report.html im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>⚠ Signed with a one-time key (%1), made for this run only: %2. All %3 files are exactly as signed, but no other run shares this key — compare the fingerprint with the one the operator reports.</source>
        <translation>⚠ Mit einem Einmalschlüssel signiert (%1), nur für diesen Lauf erzeugt: %2. Alle %3 Dateien sind genau wie signiert, aber kein anderer Lauf teilt diesen Schlüssel – vergleichen Sie den Fingerabdruck mit dem, den der Operator nennt.</translation>
    </message>
    <message>
        <source>✓ Signature valid: all %1 files are exactly as signed by key %2 (%3). The signature proves the files were not changed since; it does not prove who holds the key.</source>
        <translation>✓ Signatur gültig: alle %1 Dateien sind genau so, wie sie mit Schlüssel %2 (%3) signiert wurden. Die Signatur beweist, dass die Dateien seither nicht geändert wurden; sie beweist nicht, wer den Schlüssel besitzt.</translation>
    </message>
    <message>
        <source>the operator&apos;s key</source>
        <translation>der Schlüssel des Operators</translation>
    </message>
</context>
<context>
    <name>canary::ui::ScenarioEditor</name>
    <message>
        <source>Edit Scenario — %1</source>
        <translation>Szenario bearbeiten — %1</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Use This Scenario</source>
        <translation>Dieses Szenario &amp;verwenden</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Names the run, its history entry and its evidence</source>
        <translation>Benennt den Lauf, seinen Verlaufseintrag und seine Nachweise</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>The service under test</source>
        <translation>Der getestete Dienst</translation>
    </message>
    <message>
        <source>Target and request</source>
        <translation>Ziel und Anfrage</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>http:// or https:// address of the service</source>
        <translation>http://- oder https://-Adresse des Dienstes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>HTTP method of the request under load</source>
        <translation>HTTP-Methode der Anfrage unter Last</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Path of the endpoint under load</source>
        <translation>Pfad des Endpunkts unter Last</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Whole-request timeout, e.g. 5s or 1500ms</source>
        <translation>Zeitlimit für die ganze Anfrage, z. B. 5s oder 1500ms</translation>
    </message>
    <message>
        <source>Request body template</source>
        <translation>Vorlage des Anfrage-Bodys</translation>
    </message>
    <message>
        <source>JSON; placeholders: {{seq}}, {{uuid}}, {{timestamp}}, {{pick:a|b}}, {{env.NAME}}</source>
        <translation>JSON; Platzhalter: {{seq}}, {{uuid}}, {{timestamp}}, {{pick:a|b}}, {{env.NAME}}</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>Body-Vorlage</translation>
    </message>
    <message>
        <source>not JSON at character %1: %2</source>
        <translation>kein JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Send One &amp;Test Request</source>
        <translation>Eine &amp;Testanfrage senden</translation>
    </message>
    <message>
        <source>Sends this request once to the target (with a token if the scenario has OAuth2) and shows the answer and how the checks judge it</source>
        <translation>Sendet diese Anfrage einmal an das Ziel (mit Token, wenn das Szenario OAuth2 nutzt) und zeigt die Antwort und wie die Prüfungen sie bewerten</translation>
    </message>
    <message>
        <source>Test request result</source>
        <translation>Ergebnis der Testanfrage</translation>
    </message>
    <message>
        <source>The answer to a test request appears here.</source>
        <translation>Die Antwort auf eine Testanfrage erscheint hier.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Most requests in flight</source>
        <translation>Höchstens gleichzeitig offene Anfragen</translation>
    </message>
    <message>
        <source>Arrivals beyond this many open requests are counted as dropped, never queued</source>
        <translation>Ankünfte über so viele offene Anfragen hinaus werden als verworfen gezählt, nie eingereiht</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Max. gleichzeitig</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>OAuth2 client credentials, a bearer token from the environment, or none</source>
        <translation>OAuth2 Client Credentials, ein Bearer-Token aus der Umgebung oder keine</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>OAuth2 token endpoint; a path is relative to the base URL</source>
        <translation>OAuth2-Token-Endpunkt; ein Pfad gilt relativ zur Basis-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The secret is never here: it lives in the OS keychain (File → Credentials)</source>
        <translation>Das Geheimnis steht nie hier: es liegt im Schlüsselbund des Systems (Datei → Zugangsdaten)</translation>
    </message>
    <message>
        <source>Checks and gate</source>
        <translation>Prüfungen und Gate</translation>
    </message>
    <message>
        <source>Expected status codes</source>
        <translation>Erwartete Statuscodes</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 202, 200</source>
        <translation>Durch Kommas getrennt, z. B. 202, 200</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>Erwarteter Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Delivery pointer</source>
        <translation>Zustell-Zeiger</translation>
    </message>
    <message>
        <source>JSON pointer into the answer, e.g. /status</source>
        <translation>JSON-Zeiger in die Antwort, z. B. /status</translation>
    </message>
    <message>
        <source>Comma-separated values of the pointer that mean delivered</source>
        <translation>Durch Kommas getrennte Werte des Zeigers, die zugestellt bedeuten</translation>
    </message>
    <message>
        <source>Delivered when</source>
        <translation>Zugestellt, wenn</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Health URL</source>
        <translation>Health-URL</translation>
    </message>
    <message>
        <source>Polled during the run; a path is relative to the base URL; empty: no health monitor</source>
        <translation>Wird während des Laufs abgefragt; ein Pfad gilt relativ zur Basis-URL; leer: keine Health-Überwachung</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>constant-arrival-rate (one stage) or ramping-arrival-rate (several)</source>
        <translation>constant-arrival-rate (eine Stufe) oder ramping-arrival-rate (mehrere)</translation>
    </message>
    <message>
        <source>Rate (per time unit)</source>
        <translation>Rate (pro Zeiteinheit)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Load stages</source>
        <translation>Laststufen</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Scenario JSON</source>
        <translation>Szenario-JSON</translation>
    </message>
    <message>
        <source>✗ line %1: %2 — the form keeps the last valid JSON</source>
        <translation>✗ Zeile %1: %2 — das Formular behält das letzte gültige JSON</translation>
    </message>
    <message>
        <source>✗ the scenario must be a JSON object</source>
        <translation>✗ das Szenario muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1 requests over %2, peak %3/s</source>
        <translation>%1 Anfragen über %2, Spitze %3/s</translation>
    </message>
    <message>
        <source>Send one test request</source>
        <translation>Eine Testanfrage senden</translation>
    </message>
    <message>
        <source>This sends one real %1 request to %2.</source>
        <translation>Damit wird eine echte %1-Anfrage an %2 gesendet.</translation>
    </message>
    <message>
        <source>Sending %1 %2 …</source>
        <translation>Sende %1 %2 …</translation>
    </message>
    <message>
        <source>✗ Not sent: %1</source>
        <translation>✗ Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1 %2 → HTTP %3 in %4 ms</source>
        <translation>%1 %2 → HTTP %3 in %4 ms</translation>
    </message>
    <message>
        <source>%1 %2 → no answer after %3 ms: %4</source>
        <translation>%1 %2 → keine Antwort nach %3 ms: %4</translation>
    </message>
    <message>
        <source>checks %1 · delivered %2 · class %3</source>
        <translation>Prüfungen %1 · zugestellt %2 · Klasse %3</translation>
    </message>
    <message>
        <source>
… (%1 bytes in all)</source>
        <translation>
… (insgesamt %1 Bytes)</translation>
    </message>
    <message>
        <source>Scenario form</source>
        <translation>Szenario-Formular</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Die gewählte Zeile aus %1 entfernen</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sent with every request; the Authorization header comes from the authentication below</source>
        <translation>Mit jeder Anfrage gesendet; der Authorization-Header kommt aus der Authentifizierung unten</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Overrides of the gate&apos;s thresholds in k6 syntax, e.g. http_req_duration  p(95)&lt;=120</source>
        <translation>Überschreibt Schwellen des Gates in k6-Syntax, z. B. http_req_duration  p(95)&lt;=120</translation>
    </message>
    <message>
        <source>Watching the service</source>
        <translation>Den Dienst beobachten</translation>
    </message>
    <message>
        <source>Health every</source>
        <translation>Health alle</translation>
    </message>
    <message>
        <source>How often the health endpoint is polled, e.g. 5s</source>
        <translation>Wie oft der Health-Endpunkt abgefragt wird, z. B. 5s</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Log-Dateien</translation>
    </message>
    <message>
        <source>Comma-separated file patterns of the application&apos;s logs, followed during the run</source>
        <translation>Durch Kommas getrennte Dateimuster der Logs der Anwendung, während des Laufs verfolgt</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Log-Filter</translation>
    </message>
    <message>
        <source>Regular expression for the lines worth showing, e.g. ERROR|WARN</source>
        <translation>Regulärer Ausdruck für die sehenswerten Zeilen, z. B. ERROR|WARN</translation>
    </message>
    <message>
        <source>Guard rails, log commands, the e-mail provider and evidence names: in the JSON tab.</source>
        <translation>Schutzgrenzen, Log-Befehle, der E-Mail-Anbieter und die Namen der Nachweise: im JSON-Reiter.</translation>
    </message>
    <message>
        <source>The release gate the run is judged against; its thresholds can be overridden below</source>
        <translation>Das Release-Gate, an dem der Lauf gemessen wird; seine Schwellen lassen sich unten überschreiben</translation>
    </message>
</context>
<context>
    <name>canary::ui::ScenarioSummaryWidget</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Counts as delivered</source>
        <translation>Gilt als zugestellt</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Gate criterion</source>
        <translation>Gate-Kriterium</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Gate-Kriterien</translation>
    </message>
    <message>
        <source>The release gate: every criterion must hold for the canary to pass.
p95 = the latency that 95 % of requests beat.</source>
        <translation>Das Release-Gate: Jedes Kriterium muss erfüllt sein, damit der Canary besteht.
p95 = die Latenz, die 95 % der Anfragen unterbieten.</translation>
    </message>
    <message>
        <source>%1 requests/s for %2 (open model: arrivals do not wait for answers)</source>
        <translation>%1 Anfragen/s für %2 (offenes Modell: Ankünfte warten nicht auf Antworten)</translation>
    </message>
    <message>
        <source>ramping to a peak of %1 requests/s over %2 in %3 stages</source>
        <translation>ansteigend bis %1 Anfragen/s über %2 in %3 Stufen</translation>
    </message>
    <message>
        <source> · at most %1 in flight</source>
        <translation> · höchstens %1 gleichzeitig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>OAuth2 client credentials for %1 from %2 (secret: keychain entry &quot;%3&quot;)</source>
        <translation>OAuth2-Client-Credentials für %1 von %2 (Geheimnis: Schlüsselbund-Eintrag „%3“)</translation>
    </message>
    <message>
        <source>bearer token from the environment variable %1</source>
        <translation>Bearer-Token aus der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> and %1 is %2</source>
        <translation> und %1 ist %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>health %1 every %2</source>
        <translation>Zustand %1 alle %2</translation>
    </message>
    <message>
        <source>logs %1</source>
        <translation>Protokolle %1</translation>
    </message>
    <message>
        <source>%1 delivery stats</source>
        <translation>%1-Zustellstatistik</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>canary::ui::StagePreview</name>
    <message>
        <source>Arrival rate over the run</source>
        <translation>Ankunftsrate über den Lauf</translation>
    </message>
    <message>
        <source>Peak %1 requests/s over %2 min</source>
        <translation>Spitze %1 Anfragen/s über %2 min</translation>
    </message>
    <message>
        <source>no valid stages</source>
        <translation>keine gültigen Stufen</translation>
    </message>
    <message>
        <source>%1 min · requests/s</source>
        <translation>%1 min · Anfragen/s</translation>
    </message>
</context>
<context>
    <name>canary::ui::TimelineView</name>
    <message>
        <source>Run timeline</source>
        <translation>Zeitleiste des Laufs</translation>
    </message>
    <message>
        <source>Token fetched</source>
        <translation>Token abgerufen</translation>
    </message>
    <message>
        <source>Token refreshed</source>
        <translation>Token erneuert</translation>
    </message>
    <message>
        <source>Token request failed</source>
        <translation>Token-Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <source>Health OK</source>
        <translation>Zustand OK</translation>
    </message>
    <message>
        <source>Health failing</source>
        <translation>Zustand fehlerhaft</translation>
    </message>
    <message>
        <source>Guard rail</source>
        <translation>Schutzgrenze</translation>
    </message>
    <message>
        <source>Log command</source>
        <translation>Log-Befehl</translation>
    </message>
    <message>
        <source>TLS not verified</source>
        <translation>TLS nicht geprüft</translation>
    </message>
    <message>
        <source>E-mail provider stats</source>
        <translation>Statistik des E-Mail-Anbieters</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run a production canary, judge it against a release gate, export signed evidence.

Subcommands: sandbox (the demo target), run, export, verify, view, import, k6 — see the README.</source>
        <translation>Einen Produktions-Canary ausführen, gegen ein Release-Gate bewerten, signierte Nachweise exportieren.

Unterbefehle: sandbox (das Demo-Ziel), run, export, verify, view, import, k6 – siehe README.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox target and load the demo scenario.</source>
        <translation>Das eingebaute Sandbox-Ziel starten und das Demo-Szenario laden.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and quit.</source>
        <translation>Das Fenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>A scenario file to open.</source>
        <translation>Eine zu öffnende Szenariodatei.</translation>
    </message>
    <message>
        <source>demo target: in-process sandbox on %1</source>
        <translation>Demo-Ziel: prozessinterne Sandbox auf %1</translation>
    </message>
    <message>
        <source>Start the scenario at once, without asking.</source>
        <translation>Das Szenario sofort starten, ohne Rückfrage.</translation>
    </message>
    <message>
        <source>With --start: take the screenshot this many seconds into the run (default: when the run has finished).</source>
        <translation>Mit --start: den Screenshot so viele Sekunden nach Laufbeginn aufnehmen (Standard: wenn der Lauf beendet ist).</translation>
    </message>
    <message>
        <source>Open an evidence package read-only: verdict, signature check, charts, what happened, logs, files.</source>
        <translation>Ein Nachweispaket schreibgeschützt öffnen: Urteil, Signaturprüfung, Diagramme, was geschah, Logs, Dateien.</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Der Unterbefehl.</translation>
    </message>
    <message>
        <source>The evidence folder or its .zip.</source>
        <translation>Der Nachweisordner oder sein .zip.</translation>
    </message>
    <message>
        <source>Render the viewer to a PNG file and quit.</source>
        <translation>Den Betrachter als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: the tab to show (0-5).</source>
        <translation>Mit --screenshot: der anzuzeigende Reiter (0-5).</translation>
    </message>
    <message>
        <source>Compare with a second package (the first is A, the older run).</source>
        <translation>Mit einem zweiten Paket vergleichen (das erste ist A, der ältere Lauf).</translation>
    </message>
    <message>
        <source>Open the verdict&apos;s details when the run has ended (for screenshots).</source>
        <translation>Die Details des Urteils öffnen, wenn der Lauf geendet hat (für Bildschirmfotos).</translation>
    </message>
</context>
</TS>
