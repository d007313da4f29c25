<?xml version='1.0' encoding='utf-8'?>
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
</context>
<context>
    <name>canary::ui::GateChart</name>
    <message>
        <source>%g min</source>
        <translation>%g Min.</translation>
    </message>
    <message>
        <source>%.2f min</source>
        <translation>%.2f Min.</translation>
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
        <source>Stop gracefully: in-flight requests finish, evidence is written</source>
        <translation>Geordnet stoppen: laufende Anfragen werden beendet, Nachweise werden geschrieben</translation>
    </message>
    <message>
        <source>✖ &amp;Abort</source>
        <translation>✖ &amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop at once</source>
        <translation>Sofort stoppen</translation>
    </message>
    <message>
        <source>&amp;Export Evidence…</source>
        <translation>Nachweise &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the signed evidence package of the last run</source>
        <translation>Das signierte Nachweispaket des letzten Laufs schreiben</translation>
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
        <source>Latency p95 (ms)</source>
        <translation>Latenz p95 (ms)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Errors, HTTP failures (%)</source>
        <translation>Fehler, HTTP-Fehler (%)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The service's health endpoint is polled here during a run.</source>
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
        <source>Token fetches, stage changes, threshold crossings and the verdict appear here.</source>
        <translation>Token-Abrufe, Stufenwechsel, Schwellwertverletzungen und das Urteil erscheinen hier.</translation>
    </message>
    <message>
        <source>no scenario loaded</source>
        <translation>kein Szenario geladen</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>Gate %1</translation>
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
        <source>Runs start from the command line for now: canarydesk run (see the README).</source>
        <translation>Läufe starten vorerst auf der Kommandozeile: canarydesk run (siehe README).</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>OAuth2 client profiles; secrets stay in the OS keychain</source>
        <translation>OAuth2-Client-Profile; Geheimnisse bleiben im Schlüsselbund des Systems</translation>
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
        <source>OAuth2 client credentials for %1 from %2 (secret: keychain entry "%3")</source>
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
</context>
</TS>