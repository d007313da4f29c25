<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Checkpoint</name>
    <message>
        <source>Canary checkpoint — %1</source>
        <translation>Canary-Checkpoint — %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Run: %1, %2 → %3</source>
        <translation>Lauf: %1, %2 → %3</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
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
        <source>✅ PASS</source>
        <translation>✅ PASS</translation>
    </message>
    <message>
        <source>❌ FAIL</source>
        <translation>❌ FAIL</translation>
    </message>
    <message>
        <source>Diagnosis and next steps</source>
        <translation>Diagnose und nächste Schritte</translation>
    </message>
    <message>
        <source>Summary: %1 requests in %2 (%3 req/s), p95 %4 ms, errors %5 %, delivery %6 %, HTTP failures %7 %.</source>
        <translation>Zusammenfassung: %1 Anfragen in %2 (%3 Anfr./s), p95 %4 ms, Fehler %5 %, Zustellung %6 %, HTTP-Fehler %7 %.</translation>
    </message>
    <message>
        <source>Caveat: %1</source>
        <translation>Vorbehalt: %1</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Latency median</source>
        <translation>Latenz Median</translation>
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
        <source>pts</source>
        <translation>Pkt.</translation>
    </message>
    <message>
        <source>(95 % interval %1 to %2)</source>
        <translation>(95-%-Intervall %1 bis %2)</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 um %3</translation>
    </message>
    <message>
        <source>its latency is the same as A&apos;s within ±%1 %</source>
        <translation>seine Latenz ist dieselbe wie die von A, auf ±%1 % genau</translation>
    </message>
    <message>
        <source>its p95 is %1: %2 ms against A&apos;s %3 ms, %4</source>
        <translation>sein p95 ist %1: %2 ms gegenüber %3 ms bei A, %4</translation>
    </message>
    <message>
        <source>B failed only because its limit is %1 ms (A&apos;s is %2 ms); %3.</source>
        <translation>B schlug nur fehl, weil sein Grenzwert %1 ms ist (der von A %2 ms); %3.</translation>
    </message>
    <message>
        <source>No figure changed detectably.</source>
        <translation>Keine Kennzahl änderte sich nachweisbar.</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Geändert: %1.</translation>
    </message>
    <message>
        <source>Both runs pass their own gates</source>
        <translation>Beide Läufe bestehen ihr eigenes Gate</translation>
    </message>
    <message>
        <source>Neither run passes its own gate</source>
        <translation>Keiner der Läufe besteht sein eigenes Gate</translation>
    </message>
    <message>
        <source> (p95 limit %1 ms for A, %2 ms for B)</source>
        <translation> (p95-Grenzwert %1 ms für A, %2 ms für B)</translation>
    </message>
    <message>
        <source>%1%2; for B, %3. %4</source>
        <translation>%1%2; für B: %3. %4</translation>
    </message>
    <message>
        <source>CanaryDesk comparison: %1 vs %2</source>
        <translation>CanaryDesk-Vergleich: %1 gegen %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change (B − A), 95 % interval</source>
        <translation>Änderung (B − A), 95-%-Intervall</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source> (spread changed)</source>
        <translation> (Streuung geändert)</translation>
    </message>
    <message>
        <source>Latency p95 each second, each run against its own limit</source>
        <translation>Latenz p95 jede Sekunde, jeder Lauf gegen seinen eigenen Grenzwert</translation>
    </message>
    <message>
        <source>%1&apos;s limit ≤ %2 ms</source>
        <translation>Grenzwert von %1 ≤ %2 ms</translation>
    </message>
    <message>
        <source>Calls from a Mann-Whitney test on each run&apos;s figures per tenth of the run, the change as the Hodges-Lehmann shift with its 95 % interval: a run&apos;s drift over minutes does not pass for a change. Written by CanaryDesk.</source>
        <translation>Urteile aus einem Mann-Whitney-Test über die Kennzahlen jedes Laufs je Zehntel des Laufs, die Änderung als Hodges-Lehmann-Verschiebung mit ihrem 95-%-Intervall: die Drift eines Laufs über Minuten gilt nicht als Änderung. Geschrieben von CanaryDesk.</translation>
    </message>
    <message>
        <source>B did not pass (%1: %2) where A passed. %3</source>
        <translation>B bestand nicht (%1: %2), wo A bestand. %3</translation>
    </message>
    <message>
        <source>B passed where A did not (%1: %2). %3</source>
        <translation>B bestand, wo A nicht bestand (%1: %2). %3</translation>
    </message>
</context>
<context>
    <name>Episodes</name>
    <message>
        <source>/health failed %1</source>
        <translation>/health schlug fehl %1</translation>
    </message>
    <message>
        <source>/health answered healthy throughout</source>
        <translation>/health meldete durchgehend gesund</translation>
    </message>
    <message>
        <source>no log lines in that window</source>
        <translation>keine Logzeilen in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln log line(s) in that window, e.g. &quot;%1&quot;</source>
        <translation>
            <numerusform>%Ln Logzeile in diesem Zeitraum, z. B. „%1“</numerusform>
            <numerusform>%Ln Logzeilen in diesem Zeitraum, z. B. „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token request(s) failed in it</source>
        <translation>
            <numerusform>%Ln Token-Anfrage schlug darin fehl</numerusform>
            <numerusform>%Ln Token-Anfragen schlugen darin fehl</numerusform>
        </translation>
    </message>
    <message>
        <source>requests got no answer — refused, reset, timed out (%1 requests)</source>
        <translation>Anfragen ohne Antwort — abgewiesen, zurückgesetzt, Zeitüberschreitung (%1 Anfragen)</translation>
    </message>
    <message>
        <source>the service answered 5xx (%1 requests)</source>
        <translation>der Dienst antwortete 5xx (%1 Anfragen)</translation>
    </message>
    <message>
        <source>the service answered 429 Too Many Requests (%1 requests)</source>
        <translation>der Dienst antwortete 429 Too Many Requests (%1 Anfragen)</translation>
    </message>
    <message>
        <source>each second&apos;s p95 was over the limit (%1 requests in it)</source>
        <translation>das p95 jeder Sekunde lag über dem Grenzwert (%1 Anfragen darin)</translation>
    </message>
    <message>
        <source>the load generator did not run: a hole (%1 arrivals not sent)</source>
        <translation>der Lastgenerator lief nicht: eine Lücke (%1 Ankünfte nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>waiting for the first byte</source>
        <translation>Warten auf das erste Byte</translation>
    </message>
    <message>
        <source>The service takes this long to answer at a load it keeps up with — it is slow, not full: profile the request&apos;s path (slow queries, calls to the e-mail provider, template rendering) and compare with a canary at a lower rate; adding instances alone will not shorten it.</source>
        <translation>Der Dienst braucht so lange für eine Antwort bei einer Last, mit der er mithält — er ist langsam, nicht voll: den Weg der Anfrage profilieren (langsame Abfragen, Aufrufe beim E-Mail-Anbieter, Template-Rendering) und mit einem Canary bei niedrigerer Rate vergleichen; mehr Instanzen allein verkürzen es nicht.</translation>
    </message>
    <message>
        <source>receiving the answer</source>
        <translation>Empfangen der Antwort</translation>
    </message>
    <message>
        <source>The answers are slow to arrive: check their size, compression and the bandwidth between here and the service.</source>
        <translation>Die Antworten kommen langsam an: ihre Größe, Kompression und die Bandbreite zwischen hier und dem Dienst prüfen.</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>Senden der Anfrage</translation>
    </message>
    <message>
        <source>The requests are slow to send: check the request body&apos;s size and the bandwidth from here.</source>
        <translation>Die Anfragen werden langsam gesendet: die Größe des Anfragekörpers und die Bandbreite von hier prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more episode(s)</source>
        <translation>
            <numerusform>und %Ln weitere Episode</numerusform>
            <numerusform>und %Ln weitere Episoden</numerusform>
        </translation>
    </message>
    <message>
        <source>; over the limit only at %1</source>
        <translation>; über dem Grenzwert nur bei %1</translation>
    </message>
    <message>
        <source>; over the limit for most of the run</source>
        <translation>; über dem Grenzwert für den größten Teil des Laufs</translation>
    </message>
    <message>
        <source>of a mean %1 ms per request, waiting for the first byte took %2 ms, receiving %3 ms, sending %4 ms; before it was sent, blocked %5 ms (connecting %6 ms, TLS %7 ms)</source>
        <translation>von durchschnittlich %1 ms pro Anfrage dauerte das Warten auf das erste Byte %2 ms, das Empfangen %3 ms, das Senden %4 ms; vor dem Senden blockiert %5 ms (Verbindungsaufbau %6 ms, TLS %7 ms)</translation>
    </message>
    <message>
        <source>Latency over the gate</source>
        <translation>Latenz über dem Gate</translation>
    </message>
    <message>
        <source>p95 %1 ms against %2%3; %4. Whether the service saturated cannot be told: there is no time series of requests in flight</source>
        <translation>p95 %1 ms gegenüber %2%3; %4. Ob der Dienst gesättigt war, lässt sich nicht sagen: es gibt keine Zeitreihe der laufenden Anfragen</translation>
    </message>
    <message>
        <source>Look at where the time went (above); run the canary with CanaryDesk or import k6&apos;s --out json results to see whether the service fell behind.</source>
        <translation>Ansehen, wohin die Zeit ging (oben); den Canary mit CanaryDesk ausführen oder k6s --out-json-Ergebnisse importieren, um zu sehen, ob der Dienst zurückfiel.</translation>
    </message>
    <message>
        <source>requests in flight averaged %1 in the first half and %2 in the second</source>
        <translation>laufende Anfragen lagen im Mittel bei %1 in der ersten Hälfte und %2 in der zweiten</translation>
    </message>
    <message>
        <source>Latency over the gate: the service saturated</source>
        <translation>Latenz über dem Gate: der Dienst war gesättigt</translation>
    </message>
    <message>
        <source>p95 %1 ms against %2%3; %4%5 — the service fell behind the arrivals; %6</source>
        <translation>p95 %1 ms gegenüber %2%3; %4%5 — der Dienst fiel hinter die Ankünfte zurück; %6</translation>
    </message>
    <message>
        <source>Scale the service (reserved VM / autoscale), raise the database connection pool, add queue backpressure, then re-run the canary.</source>
        <translation>Den Dienst skalieren (reservierte VM / Autoscaling), den Datenbank-Verbindungspool vergrößern, Backpressure in der Warteschlange einführen, dann den Canary wiederholen.</translation>
    </message>
    <message>
        <source>Opening connections also costs time before each request (connecting, TLS): check the network path and load balancer, and that connections are kept alive.</source>
        <translation>Auch das Öffnen von Verbindungen kostet vor jeder Anfrage Zeit (Verbindungsaufbau, TLS): Netzwerkpfad und Load Balancer prüfen und dass Verbindungen offen gehalten werden.</translation>
    </message>
    <message>
        <source>Requests also waited for a free connection on this client: raise load.maxInFlight.</source>
        <translation>Anfragen warteten außerdem auf eine freie Verbindung in diesem Client: load.maxInFlight erhöhen.</translation>
    </message>
    <message>
        <source>Latency over the gate: %1</source>
        <translation>Latenz über dem Gate: %1</translation>
    </message>
    <message>
        <source>p95 %1 ms against %2%3; %4 (%5 % of it); %6, the rate held and no arrival was dropped at the cap — no sign of saturation</source>
        <translation>p95 %1 ms gegenüber %2%3; %4 (%5 % davon); %6, die Rate hielt und keine Ankunft wurde an der Obergrenze verworfen — kein Zeichen von Sättigung</translation>
    </message>
    <message>
        <source>Decided at %1 and stopped then</source>
        <translation>Entschieden bei %1 und dann beendet</translation>
    </message>
    <message>
        <source>Decided at %1</source>
        <translation>Entschieden bei %1</translation>
    </message>
    <message>
        <source>from then on the gate could not be met, whatever the rest of the run brought: %1</source>
        <translation>ab dann war das Gate nicht mehr zu erfüllen, was der Rest des Laufs auch brachte: %1</translation>
    </message>
    <message>
        <source>The canary stopped there rather than keep loading a failing service; fix the cause below, then run it again for its full duration.</source>
        <translation>Der Canary hielt dort an, statt einen fehlschlagenden Dienst weiter zu belasten; die Ursache unten beheben und ihn dann erneut über die volle Dauer laufen lassen.</translation>
    </message>
    <message>
        <source>The rest of the run only added load to a failing service: with --stop-when-decided (or the console&apos;s &quot;Stop when decided&quot;, or gate.stopWhenDecided) the canary ends at that moment.</source>
        <translation>Der Rest des Laufs belastete nur einen fehlschlagenden Dienst: mit --stop-when-decided (oder „Beenden, wenn entschieden“ in der Konsole oder gate.stopWhenDecided) endet der Canary in diesem Moment.</translation>
    </message>
    <message>
        <source>Rate limiting</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>%L1 answers were HTTP 429%2</source>
        <translation>%L1 Antworten waren HTTP 429%2</translation>
    </message>
    <message>
        <source>Check the email provider&apos;s and the gateway&apos;s rate limits; add retry with exponential backoff; re-run.</source>
        <translation>Die Ratenlimits des E-Mail-Anbieters und des Gateways prüfen; Wiederholungen mit exponentiellem Backoff einbauen; erneut ausführen.</translation>
    </message>
    <message>
        <source>Authentication failures</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <source>%L1 answers were 401, %L2 were 403</source>
        <translation>%L1 Antworten waren 401, %L2 waren 403</translation>
    </message>
    <message>
        <source>Check the token&apos;s scopes and lifetime, the client&apos;s permissions and clock skew between the services.</source>
        <translation>Scopes und Lebensdauer des Tokens, die Berechtigungen des Clients und die Uhrabweichung zwischen den Diensten prüfen.</translation>
    </message>
    <message>
        <source>Server errors over the gate</source>
        <translation>Serverfehler über dem Gate</translation>
    </message>
    <message>
        <source>%L1 answers were 5xx (%L2 % of %L3 requests)%4%5</source>
        <translation>%L1 Antworten waren 5xx (%L2 % von %L3 Anfragen)%4%5</translation>
    </message>
    <message>
        <source>; no application log was read, so their cause cannot be told from here</source>
        <translation>; es wurde kein Anwendungslog gelesen, daher lässt sich ihre Ursache von hier nicht sagen</translation>
    </message>
    <message>
        <source>; the application logged no ERROR line in the window</source>
        <translation>; die Anwendung protokollierte im Zeitfenster keine ERROR-Zeile</translation>
    </message>
    <message>
        <source>; the application logged %L1 ERROR lines in the window, e.g. &quot;%2&quot;</source>
        <translation>; die Anwendung protokollierte %L1 ERROR-Zeilen im Zeitfenster, z. B. „%2“</translation>
    </message>
    <message>
        <source>Read the application&apos;s ERROR lines of the canary window for the failing pattern (template rendering, provider rejections), fix it, re-run.</source>
        <translation>In den ERROR-Zeilen der Anwendung aus dem Canary-Zeitfenster das Fehlermuster suchen (Template-Rendering, Ablehnungen des Anbieters), beheben, erneut ausführen.</translation>
    </message>
    <message>
        <source>Give the service&apos;s log files as monitors.logs so the next run shows its ERROR lines beside the 5xx; read them for the failing pattern (template rendering, provider rejections), fix it, re-run.</source>
        <translation>Die Logdateien des Dienstes als monitors.logs angeben, damit der nächste Lauf seine ERROR-Zeilen neben den 5xx zeigt; darin das Fehlermuster suchen (Template-Rendering, Ablehnungen des Anbieters), beheben, erneut ausführen.</translation>
    </message>
    <message>
        <source>%L1 with a certificate that has expired or is not yet valid</source>
        <translation>%L1 mit einem Zertifikat, das abgelaufen oder noch nicht gültig ist</translation>
    </message>
    <message>
        <source>renew the service&apos;s certificate (or check this machine&apos;s clock)</source>
        <translation>das Zertifikat des Dienstes erneuern (oder die Uhr dieses Rechners prüfen)</translation>
    </message>
    <message>
        <source>%L1 with a certificate whose issuer is not trusted (self-signed or a private CA)</source>
        <translation>%L1 mit einem Zertifikat, dessen Aussteller nicht vertraut wird (selbstsigniert oder eine private CA)</translation>
    </message>
    <message>
        <source>give the private CA&apos;s certificate as target.caBundle (never switch verification off for production)</source>
        <translation>das Zertifikat der privaten CA als target.caBundle angeben (die Prüfung für Produktion nie abschalten)</translation>
    </message>
    <message>
        <source>%L1 with a certificate made for another host name</source>
        <translation>%L1 mit einem Zertifikat für einen anderen Hostnamen</translation>
    </message>
    <message>
        <source>aim target.baseUrl at a name the certificate is for, or fix the certificate&apos;s names</source>
        <translation>target.baseUrl auf einen Namen richten, für den das Zertifikat gilt, oder die Namen des Zertifikats korrigieren</translation>
    </message>
    <message>
        <source>%L1 other TLS failures (the handshake broke off)</source>
        <translation>%L1 andere TLS-Fehler (der Handshake brach ab)</translation>
    </message>
    <message>
        <source>The service&apos;s TLS certificate was refused</source>
        <translation>Das TLS-Zertifikat des Dienstes wurde abgelehnt</translation>
    </message>
    <message>
        <source>%L1 requests failed TLS: %2</source>
        <translation>%L1 Anfragen scheiterten an TLS: %2</translation>
    </message>
    <message>
        <source>Check the service&apos;s TLS setup (protocol versions, ciphers) against this client&apos;s, then re-run.</source>
        <translation>Die TLS-Einstellungen des Dienstes (Protokollversionen, Cipher) mit denen dieses Clients vergleichen, dann erneut ausführen.</translation>
    </message>
    <message>
        <source>To fix: %1; then re-run.</source>
        <translation>Zur Behebung: %1; dann erneut ausführen.</translation>
    </message>
    <message>
        <source>Requests without an answer</source>
        <translation>Anfragen ohne Antwort</translation>
    </message>
    <message>
        <source>%L1 timeouts, %L2 refused, %L3 reset or not HTTP, %L4 TLS, %L5 DNS, %L6 other</source>
        <translation>%L1 Zeitüberschreitungen, %L2 abgewiesen, %L3 zurückgesetzt oder kein HTTP, %L4 TLS, %L5 DNS, %L6 andere</translation>
    </message>
    <message>
        <source>Check that the service is up and reachable from here, its TLS certificate, and its request timeout against the scenario&apos;s.</source>
        <translation>Prüfen, ob der Dienst läuft und von hier erreichbar ist, sein TLS-Zertifikat und sein Anfrage-Timeout im Vergleich zu dem des Szenarios.</translation>
    </message>
    <message>
        <source>Find out what happened to the service in those minutes (a restart, a deploy, a crash, the load balancer taking it out): its own logs and events for that window, then re-run.</source>
        <translation>Herausfinden, was in diesen Minuten mit dem Dienst geschah (ein Neustart, ein Deployment, ein Absturz, der Load Balancer nahm ihn heraus): seine eigenen Logs und Ereignisse für dieses Zeitfenster, dann erneut ausführen.</translation>
    </message>
    <message>
        <source>Answers cut short</source>
        <translation>Abgeschnittene Antworten</translation>
    </message>
    <message>
        <source>%L1 answers ended before their whole body arrived (the connection closed short of the Content-Length or the last chunk); like k6 they count as failed requests with no status</source>
        <translation>%L1 Antworten endeten, bevor ihr ganzer Body ankam (die Verbindung schloss vor der Content-Length oder dem letzten Chunk); wie bei k6 zählen sie als fehlgeschlagene Anfragen ohne Status</translation>
    </message>
    <message>
        <source>Look for the service or a proxy in front of it closing connections mid-answer (a crash, a restart, an idle or body-size limit), fix it, re-run.</source>
        <translation>Suchen, ob der Dienst oder ein Proxy davor Verbindungen mitten in der Antwort schließt (Absturz, Neustart, Leerlauf- oder Größenlimit), beheben, erneut ausführen.</translation>
    </message>
    <message>
        <source>; %L1 counted %L2 bounces, %L3 blocks and %L4 drops during the run</source>
        <translation>; %L1 zählte während des Laufs %L2 Bounces, %L3 Blocks und %L4 Drops</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <source>%L1 of the undelivered requests never reached the e-mail step — the service did not accept them: fix those failures first (the findings above; the provider is not involved)</source>
        <translation>%L1 der nicht zugestellten Anfragen erreichten nie den E-Mail-Schritt — der Dienst nahm sie nicht an: zuerst diese Fehler beheben (die Befunde oben; der Anbieter ist nicht beteiligt)</translation>
    </message>
    <message>
        <source>for the %L1 the service accepted and did not deliver: verify the SendGrid domain authentication, use valid test addresses, check the bounce and block lists and suppression handling</source>
        <translation>für die %L1, die der Dienst annahm und nicht zustellte: die SendGrid-Domain-Authentifizierung prüfen, gültige Testadressen verwenden, Bounce- und Blocklisten sowie die Behandlung von Unterdrückungen prüfen</translation>
    </message>
    <message>
        <source>Delivery below 99 %</source>
        <translation>Zustellung unter 99 %</translation>
    </message>
    <message>
        <source>%L1 of %L2 requests were not reported delivered: %L3 of the %L4 the service accepted (2xx), and %L5 it never accepted (errors and requests without an answer)%6</source>
        <translation>%L1 von %L2 Anfragen wurden nicht als zugestellt gemeldet: %L3 der %L4, die der Dienst annahm (2xx), und %L5, die er nie annahm (Fehler und Anfragen ohne Antwort)%6</translation>
    </message>
    <message>
        <source>Requests cut off in flight</source>
        <translation>Unterwegs abgebrochene Anfragen</translation>
    </message>
    <message>
        <source>%L1 requests were sent and cut off before their answer when the run was aborted; like k6, they are not counted as requests, but they may have reached the service (e-mails sent that no number here shows)</source>
        <translation>%L1 Anfragen wurden gesendet und beim Abbruch des Laufs vor ihrer Antwort abgeschnitten; wie bei k6 zählen sie nicht als Anfragen, können den Dienst aber erreicht haben (gesendete E-Mails, die keine Zahl hier zeigt)</translation>
    </message>
    <message>
        <source>Compare with the service&apos;s own count for the window; stop with one signal (or Stop) so in-flight requests finish within gracefulStop.</source>
        <translation>Mit der eigenen Zählung des Dienstes für das Zeitfenster vergleichen; mit einem Signal (oder Stoppen) beenden, damit laufende Anfragen innerhalb von gracefulStop fertig werden.</translation>
    </message>
    <message>
        <source>%1 s at %2</source>
        <translation>%1 s bei %2</translation>
    </message>
    <message>
        <source>The load generator was paused</source>
        <translation>Der Lastgenerator war angehalten</translation>
    </message>
    <message>
        <source>the client did not run for %1 (the machine slept, or the process or its VM was stopped): %L2 arrivals due then were not sent — a hole in the run, never a burst after it</source>
        <translation>der Client lief %1 lang nicht (der Rechner schlief, oder der Prozess oder seine VM war angehalten): %L2 in dieser Zeit fällige Ankünfte wurden nicht gesendet — eine Lücke im Lauf, nie ein Schwall danach</translation>
    </message>
    <message>
        <source>a while</source>
        <translation>eine Weile</translation>
    </message>
    <message>
        <source>Keep the machine awake for the whole run (CanaryDesk asks the desktop not to sleep; check its power settings), or run the canary on a server or on k6, then run it again for its full duration.</source>
        <translation>Halten Sie den Rechner während des ganzen Laufs wach (CanaryDesk bittet den Desktop, nicht in den Ruhezustand zu gehen; prüfen Sie dessen Energieeinstellungen), oder lassen Sie den Canary auf einem Server oder mit k6 laufen, und wiederholen Sie ihn dann über die volle Dauer.</translation>
    </message>
    <message>
        <source>The load generator could not keep up</source>
        <translation>Der Lastgenerator kam nicht hinterher</translation>
    </message>
    <message>
        <source>%L1 arrivals were dropped at the in-flight cap</source>
        <translation>%L1 Ankünfte wurden an der Obergrenze laufender Anfragen verworfen</translation>
    </message>
    <message>
        <source>Raise load.maxInFlight if the service is merely slow, or run the canary on k6 / more machines.</source>
        <translation>load.maxInFlight erhöhen, wenn der Dienst nur langsam ist, oder den Canary mit k6 / auf mehreren Rechnern ausführen.</translation>
    </message>
    <message>
        <source>The access token could not be had</source>
        <translation>Das Zugriffstoken war nicht zu bekommen</translation>
    </message>
    <message>
        <source>Check the token endpoint and the client&apos;s credentials for those moments; requests then went without a valid token.</source>
        <translation>Token-Endpunkt und Zugangsdaten des Clients für diese Momente prüfen; Anfragen liefen dann ohne gültiges Token.</translation>
    </message>
    <message>
        <source>The service&apos;s /health was failing</source>
        <translation>Das /health des Dienstes schlug fehl</translation>
    </message>
    <message>
        <source>%1 of %2 polls of /health said it was not healthy, at %3%4</source>
        <translation>%1 von %2 Abfragen von /health meldeten ihn als nicht gesund, bei %3%4</translation>
    </message>
    <message>
        <source>Find out why the service reports itself unhealthy (health.json holds its last answer) before the checkpoint: a dependency down or degraded shows there before it shows in latency.</source>
        <translation>Vor dem Checkpoint herausfinden, warum sich der Dienst als nicht gesund meldet (health.json enthält seine letzte Antwort): eine ausgefallene oder beeinträchtigte Abhängigkeit zeigt sich dort, bevor sie sich in der Latenz zeigt.</translation>
    </message>
    <message>
        <source>All criteria passed</source>
        <translation>Alle Kriterien erfüllt</translation>
    </message>
    <message>
        <source>Green light for the gate: share this package at the checkpoint.</source>
        <translation>Grünes Licht für das Gate: dieses Paket beim Checkpoint vorlegen.</translation>
    </message>
    <message>
        <source>All criteria passed, but /health was failing</source>
        <translation>Alle Kriterien bestanden, aber /health schlug fehl</translation>
    </message>
    <message>
        <source>every criterion held, while the service&apos;s /health said it was not healthy in %1 of %2 polls</source>
        <translation>jedes Kriterium hielt, während /health des Dienstes in %1 von %2 Abfragen meldete, er sei nicht gesund</translation>
    </message>
    <message>
        <source>Not a plain green light: take the health failures to the checkpoint with this package, and explain or fix them before the gate is passed.</source>
        <translation>Kein uneingeschränktes grünes Licht: die Health-Fehler mit diesem Paket in den Checkpoint bringen und erklären oder beheben, bevor das Gate als bestanden gilt.</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Vor dem Ende gestoppt</translation>
    </message>
    <message>
        <source>Cut off before the end</source>
        <translation>Vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <source>Fix what stopped it (the reason above), then run the canary again for its full duration.</source>
        <translation>Beheben, was ihn gestoppt hat (der Grund oben), dann den Canary erneut über die volle Dauer laufen lassen.</translation>
    </message>
    <message>
        <source>The run did not finish</source>
        <translation>Der Lauf wurde nicht beendet</translation>
    </message>
    <message>
        <source>Judged on the raw results written before it ended; run the canary again for its full duration.</source>
        <translation>Beurteilt anhand der Rohergebnisse, die vor dem Ende geschrieben wurden; den Canary erneut über die volle Dauer laufen lassen.</translation>
    </message>
    <message>
        <source>95 % interval %1–%2 %3</source>
        <translation>95-%-Intervall %1–%2 %3</translation>
    </message>
    <message>
        <source>%1: within the uncertainty of the %2 limit — not proven at this run length%3</source>
        <translation>%1: innerhalb der Unsicherheit des Grenzwerts %2 — bei dieser Laufdauer nicht nachgewiesen%3</translation>
    </message>
    <message>
        <source>; a run about %1 × as long would settle it</source>
        <translation>; ein etwa %1-mal so langer Lauf würde es klären</translation>
    </message>
    <message>
        <source>not proven: within the uncertainty</source>
        <translation>nicht nachgewiesen: innerhalb der Unsicherheit</translation>
    </message>
    <message>
        <source>The results hold invalid data</source>
        <translation>Die Ergebnisse enthalten ungültige Daten</translation>
    </message>
    <message>
        <source>The figures are of the valid points only, so this run is not a PASS: take k6&apos;s results from the run again (a damaged, hand-edited or concatenated file?), or run the canary again.</source>
        <translation>Die Kennzahlen stammen nur aus den gültigen Punkten, daher ist dieser Lauf kein PASS: die Ergebnisse von k6 erneut aus dem Lauf holen (eine beschädigte, von Hand bearbeitete oder zusammengefügte Datei?) oder den Canary erneut ausführen.</translation>
    </message>
    <message>
        <source>All criteria passed, but TLS was not verified</source>
        <translation>Alle Kriterien erfüllt, aber TLS wurde nicht geprüft</translation>
    </message>
    <message>
        <source>Not a plain green light: give the service&apos;s CA in target.caBundle (or fix its certificate), drop target.insecure and run again before the gate is passed.</source>
        <translation>Kein uneingeschränktes Grün: die CA des Dienstes in target.caBundle angeben (oder sein Zertifikat reparieren), target.insecure entfernen und erneut laufen lassen, bevor das Gate als bestanden gilt.</translation>
    </message>
    <message>
        <source>A run stopped early certifies nothing, however good its numbers: run the canary for its full duration before the checkpoint.</source>
        <translation>Ein vorzeitig gestoppter Lauf bestätigt nichts, wie gut seine Zahlen auch sind: den Canary vor dem Checkpoint über die volle Dauer laufen lassen.</translation>
    </message>
</context>
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
    <message>
        <source>≥ %1 /s (%2 % of %3)</source>
        <translation>≥ %1 /s (%2 % von %3)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>e-mail provider</source>
        <translation>E-Mail-Anbieter</translation>
    </message>
    <message>
        <source>%1: what the provider counted during the run</source>
        <translation>%1: was der Anbieter während des Laufs zählte</translation>
    </message>
    <message>
        <source>No provider numbers for this run: %1</source>
        <translation>Keine Zahlen des Anbieters für diesen Lauf: %1</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>Drops</translation>
    </message>
    <message>
        <source>CanaryDesk: delivered</source>
        <translation>CanaryDesk: zugestellt</translation>
    </message>
    <message>
        <source>Latency p95 (ms): the whole run so far, and each second</source>
        <translation>Latenz p95 (ms): der ganze Lauf bis dahin und jede Sekunde</translation>
    </message>
    <message>
        <source>gate ≤ %1 ms</source>
        <translation>Gate ≤ %1 ms</translation>
    </message>
    <message>
        <source>p95 each second</source>
        <translation>p95 je Sekunde</translation>
    </message>
    <message>
        <source>p99 from intended send</source>
        <translation>p99 ab geplantem Senden</translation>
    </message>
    <message>
        <source>p95 whole run (judged)</source>
        <translation>p95 ganzer Lauf (bewertet)</translation>
    </message>
    <message>
        <source>Errors and HTTP failures (%): the whole run so far, and each second</source>
        <translation>Fehler und HTTP-Fehler (%): der ganze Lauf bis dahin und jede Sekunde</translation>
    </message>
    <message>
        <source>gate ≤ %1 %</source>
        <translation>Gate ≤ %1 %</translation>
    </message>
    <message>
        <source>errors each second</source>
        <translation>Fehler je Sekunde</translation>
    </message>
    <message>
        <source>errors (judged)</source>
        <translation>Fehler (bewertet)</translation>
    </message>
    <message>
        <source>http_req_failed (judged)</source>
        <translation>http_req_failed (bewertet)</translation>
    </message>
    <message>
        <source>Delivery success (%): the whole run so far, and each second</source>
        <translation>Zustellerfolg (%): der ganze Lauf bis dahin und jede Sekunde</translation>
    </message>
    <message>
        <source>gate ≥ %1 %</source>
        <translation>Gate ≥ %1 %</translation>
    </message>
    <message>
        <source>each second</source>
        <translation>je Sekunde</translation>
    </message>
    <message>
        <source>delivery_success (judged)</source>
        <translation>delivery_success (bewertet)</translation>
    </message>
    <message>
        <source>Request rate (requests/s)</source>
        <translation>Anfragerate (Anfragen/s)</translation>
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
        <source>Target %1
Ran %2 → %3 · run %4
By %5 on %6 · %7</source>
        <translation>Ziel %1
Lief %2 → %3 · Lauf %4
Von %5 auf %6 · %7</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
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
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>Was geschah und was zu tun ist</translation>
    </message>
    <message>
        <source>Point at a chart for every line&apos;s value at that second; drag across it to zoom to a time range, double-click to see the whole run.</source>
        <translation>Auf ein Diagramm zeigen, um die Werte jeder Linie in dieser Sekunde zu sehen; darüber ziehen, um einen Zeitraum zu vergrößern; Doppelklick zeigt den ganzen Lauf.</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>Zu den Daten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Summary numbers</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Operator: %1 on %2</source>
        <translation>Bediener: %1 auf %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>%1/s for %2</source>
        <translation>%1/s für %2</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source> · at most %1 in flight</source>
        <translation> · höchstens %1 unterwegs</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Signed: manifest.json holds a SHA-256 of every file and its signature; open the package in CanaryDesk&apos;s viewer or run `canarydesk verify` to check it.</source>
        <translation>Signiert: manifest.json enthält einen SHA-256 jeder Datei und deren Signatur; zum Prüfen das Paket im Betrachter von CanaryDesk öffnen oder `canarydesk verify` ausführen.</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Gate-Kriterien</translation>
    </message>
    <message>
        <source>✓ PASS</source>
        <translation>✓ PASS</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ FAIL</translation>
    </message>
    <message>
        <source>%1 more finding(s) on the next pages.</source>
        <translation>%1 weitere Befund(e) auf den nächsten Seiten.</translation>
    </message>
    <message>
        <source>More findings</source>
        <translation>Weitere Befunde</translation>
    </message>
    <message>
        <source>Appendix: the scenario as run</source>
        <translation>Anhang: das Szenario, wie es lief</translation>
    </message>
    <message>
        <source>Episodes are the stretches of the run where something went wrong — requests without an answer, 5xx or 429 bursts, seconds over the latency limit, /health failing, token failures, the load generator paused — cut from its per-second record; the charts shade them.</source>
        <translation>Episoden sind die Abschnitte des Laufs, in denen etwas schiefging — Anfragen ohne Antwort, 5xx- oder 429-Schübe, Sekunden über dem Latenzgrenzwert, fehlschlagendes /health, Token-Fehler, ein pausierter Lastgenerator —, aus seiner Aufzeichnung pro Sekunde geschnitten; die Diagramme schattieren sie.</translation>
    </message>
    <message>
        <source>The gate was decided early, at %1: from that moment it could no longer be met whatever the rest of the run brought (%2)%3.</source>
        <translation>Das Gate wurde früh entschieden, bei %1: ab diesem Moment war es nicht mehr zu erfüllen, was der Rest des Laufs auch brachte (%2)%3.</translation>
    </message>
    <message>
        <source>; the canary stopped then</source>
        <translation>; der Canary hielt dann an</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Caveat: %1</source>
        <translation>Vorbehalt: %1</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>med</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>no answer (timed out, refused, reset or cut short)</source>
        <translation>keine Antwort (Zeitüberschreitung, abgelehnt, zurückgesetzt oder abgebrochen)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>No Content</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>Dauerhaft verschoben</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Fehlerhafte Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized (the token)</source>
        <translation>Nicht autorisiert (das Token)</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Inhalt zu groß</translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation>Nicht verarbeitbarer Inhalt</translation>
    </message>
    <message>
        <source>Too Many Requests (rate-limited)</source>
        <translation>Zu viele Anfragen (gedrosselt)</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>client error</source>
        <translation>Client-Fehler</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>not an HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>From the first byte sent to the last byte received, as k6 reports them. &quot;From the schedule&quot; also counts the time a request waited past its planned start (coordinated omission corrected).</source>
        <translation>Vom ersten gesendeten bis zum letzten empfangenen Byte, wie k6 sie angibt. „Ab Plan“ zählt auch die Zeit, die eine Anfrage über ihren geplanten Start hinaus wartete (Coordinated Omission korrigiert).</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <source>Expected answers (2xx, 3xx)</source>
        <translation>Erwartete Antworten (2xx, 3xx)</translation>
    </message>
    <message>
        <source>From the schedule</source>
        <translation>Ab Plan</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>Wo die Zeit blieb</translation>
    </message>
    <message>
        <source>Each request&apos;s time in k6&apos;s phases: a long wait for a connection or a TLS handshake is the client&apos;s or the network&apos;s; &quot;Waiting&quot; is the service working on the request.</source>
        <translation>Die Zeit jeder Anfrage in den Phasen von k6: langes Warten auf eine Verbindung oder einen TLS-Handshake liegt beim Client oder im Netz; „Warten“ ist der Dienst, der an der Anfrage arbeitet.</translation>
    </message>
    <message>
        <source>Blocked (waiting for a connection)</source>
        <translation>Blockiert (Warten auf eine Verbindung)</translation>
    </message>
    <message>
        <source>Connecting (TCP)</source>
        <translation>Verbinden (TCP)</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Waiting (time to first byte)</source>
        <translation>Warten (Zeit bis zum ersten Byte)</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Answers by status code</source>
        <translation>Antworten nach Statuscode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Arrivals not started (dropped iterations)</source>
        <translation>Nicht gestartete Ankünfte (dropped iterations)</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Gesendete Daten</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Empfangene Daten</translation>
    </message>
    <message>
        <source>Requests in flight (the most in a charted second; the mean)</source>
        <translation>Laufende Anfragen (die meisten in einer gezeichneten Sekunde; der Mittelwert)</translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation>Bestandene Checks</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Share passed</source>
        <translation>Anteil bestanden</translation>
    </message>
    <message>
        <source>Application error log of the run&apos;s window</source>
        <translation>Fehlerprotokoll der Anwendung im Zeitfenster des Laufs</translation>
    </message>
    <message>
        <source>No line matched /%1/ between %2 and %3 (UTC).</source>
        <translation>Keine Zeile passte zu /%1/ zwischen %2 und %3 (UTC).</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 lines matching /%3/ in the run&apos;s window; every one is in %4 in this package.</source>
        <translation>Die ersten %L1 von %L2 Zeilen zu /%3/ im Zeitfenster des Laufs; alle stehen in %4 in diesem Paket.</translation>
    </message>
    <message>
        <source>All %L1 lines matching /%2/ in the run&apos;s window (also in %3 in this package).</source>
        <translation>Alle %L1 Zeilen zu /%2/ im Zeitfenster des Laufs (auch in %3 in diesem Paket).</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>guard rail: error rate above %1 % for %2</source>
        <translation>Schutzgrenze: Fehlerquote über %1 % für %2</translation>
    </message>
    <message>
        <source>guard rail: p95 above %1 ms for %2</source>
        <translation>Schutzgrenze: p95 über %1 ms für %2</translation>
    </message>
    <message>
        <source>threshold %1 %2 crossed (abortOnFail)</source>
        <translation>Schwelle %1 %2 überschritten (abortOnFail)</translation>
    </message>
    <message>
        <source>guard rail: health failed %1 times in a row</source>
        <translation>Schutzgrenze: Health-Check %1-mal in Folge fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled before the load started (%1)</source>
        <translation>abgebrochen, bevor die Last begann (%1)</translation>
    </message>
    <message>
        <source>its certificate has expired or is not yet valid</source>
        <translation>sein Zertifikat ist abgelaufen oder noch nicht gültig</translation>
    </message>
    <message>
        <source>its certificate&apos;s issuer is not trusted (target.caBundle?)</source>
        <translation>dem Aussteller seines Zertifikats wird nicht vertraut (target.caBundle?)</translation>
    </message>
    <message>
        <source>its certificate is for another host name</source>
        <translation>sein Zertifikat gilt für einen anderen Hostnamen</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake schlug fehl</translation>
    </message>
    <message>
        <source>every request of the first %1 failed TLS (%2): nothing can reach the service, so the load stopped</source>
        <translation>jede Anfrage der ersten %1 scheiterte an TLS (%2): nichts erreicht den Dienst, daher wurde die Last gestoppt</translation>
    </message>
    <message>
        <source>the load generator was paused %1 s at %2 — the machine slept or the process was stopped: the arrivals due then were not sent, never sent late all at once</source>
        <translation>der Lastgenerator war %1 s bei %2 angehalten — der Rechner schlief oder der Prozess war gestoppt: die dann fälligen Ankünfte wurden nicht gesendet, nie verspätet auf einmal</translation>
    </message>
    <message>
        <source>a production canary is running (%1)</source>
        <translation>ein Produktions-Canary läuft (%1)</translation>
    </message>
    <message>
        <source>the gate was decided at %1</source>
        <translation>das Gate wurde bei %1 entschieden</translation>
    </message>
    <message>
        <source>stopped by the operator (Ctrl+C, SIGINT)</source>
        <translation>vom Bediener gestoppt (Strg+C, SIGINT)</translation>
    </message>
    <message>
        <source>stopped: the terminal or session closed (SIGHUP)</source>
        <translation>gestoppt: Terminal oder Sitzung wurde geschlossen (SIGHUP)</translation>
    </message>
    <message>
        <source>stopped by a request to end the process (SIGTERM)</source>
        <translation>gestoppt durch eine Aufforderung, den Prozess zu beenden (SIGTERM)</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>empty duration (expected e.g. &quot;30s&quot;, &quot;30m&quot;, &quot;1h30m&quot;)</source>
        <translation>leere Dauer (erwartet z. B. &quot;30s&quot;, &quot;30m&quot;, &quot;1h30m&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: expected a number at position %2</source>
        <translation>&quot;%1&quot; ist keine Dauer: an Position %2 wird eine Zahl erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: bad number &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ist keine Dauer: ungültige Zahl &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: missing or unknown unit after %2 (use h, m, s or ms)</source>
        <translation>&quot;%1&quot; ist keine Dauer: fehlende oder unbekannte Einheit nach %2 (h, m, s oder ms verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long a duration</source>
        <translation>&quot;%1&quot; ist eine zu lange Dauer</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>is required (%1)</source>
        <translation>ist erforderlich (%1)</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>muss eine Zeichenkette sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>muss eine Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>muss eine ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>muss true oder false sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a duration string such as &quot;30s&quot; or &quot;30m&quot;, got %1</source>
        <translation>muss eine Dauer wie &quot;30s&quot; oder &quot;30m&quot; sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>muss ein Objekt sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>muss ein Array sein, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown key (known keys here: %1)</source>
        <translation>unbekannter Schlüssel (hier bekannt: %1)</translation>
    </message>
    <message>
        <source>the Authorization header comes from the auth profile; a token written here would leak into files and logs</source>
        <translation>der Authorization-Header kommt aus dem Auth-Profil; ein hier eingetragenes Token gelangte in Dateien und Protokolle</translation>
    </message>
    <message>
        <source>looks like a credential header: a value written here would be sent as it is and written into run.json and the report; store it in the OS keychain and name the entry instead: {&quot;secretKey&quot;: &quot;entry-name&quot;}</source>
        <translation>sieht nach einem Zugangsdaten-Header aus: ein hier eingetragener Wert würde so gesendet und in run.json und den Bericht geschrieben; ihn im Schlüsselbund des Systems speichern und stattdessen den Eintrag nennen: {&quot;secretKey&quot;: &quot;entry-name&quot;}</translation>
    </message>
    <message>
        <source>secrets never belong in a scenario file; store it in the OS keychain (Credentials) or set CANARYDESK_CLIENT_SECRET for one run</source>
        <translation>Geheimnisse gehören nie in eine Szenariodatei; im Schlüsselbund des Systems speichern (Zugangsdaten) oder für einen Lauf CANARYDESK_CLIENT_SECRET setzen</translation>
    </message>
    <message>
        <source>must not carry a user name or password (user:password@): it would be written into run.json and the report; store credentials in the OS keychain (Credentials), got &quot;%1&quot;</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten (user:password@): sie würden in run.json und den Bericht geschrieben; Zugangsdaten im Schlüsselbund des Systems speichern (Zugangsdaten), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL%1, got &quot;%2&quot;</source>
        <translation>muss eine http://- oder https://-URL sein%1, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source> or a path starting with /</source>
        <translation> oder ein Pfad, der mit / beginnt</translation>
    </message>
    <message>
        <source>must be longer than 0s, got &quot;%1&quot;</source>
        <translation>muss länger als 0s sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not have a query or fragment; put them in path</source>
        <translation>darf keine Query und kein Fragment haben; sie gehören in path</translation>
    </message>
    <message>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation>muss eines von %1 sein, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must start with /, got &quot;%1&quot;</source>
        <translation>muss mit / beginnen, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object here must be {&quot;secretKey&quot;: &quot;&lt;keychain entry&gt;&quot;}, naming the OS keychain entry that holds the value</source>
        <translation>ein Objekt muss hier {&quot;secretKey&quot;: &quot;&lt;Schlüsselbund-Eintrag&gt;&quot;} sein und den Eintrag im Schlüsselbund des Systems nennen, der den Wert enthält</translation>
    </message>
    <message>
        <source>is not a valid header name: only letters, digits and !#$%&amp;&apos;*+-.^_`|~ (RFC 9110 token), no spaces, CR or LF</source>
        <translation>ist kein gültiger Header-Name: nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ (RFC-9110-Token), keine Leerzeichen, CR oder LF</translation>
    </message>
    <message>
        <source>must not contain CR, LF, NUL or other control characters (they would end the header and smuggle another)</source>
        <translation>darf kein CR, LF, NUL oder andere Steuerzeichen enthalten (sie würden den Header beenden und einen weiteren einschmuggeln)</translation>
    </message>
    <message>
        <source>must be a string template or a JSON object/array, got %1</source>
        <translation>muss eine Textvorlage oder ein JSON-Objekt/-Array sein, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} (known: uuid, seq, timestamp, worker, env.NAME, pick:a|b|c)</source>
        <translation>unbekannter Platzhalter {{%1}} (bekannt: uuid, seq, timestamp, worker, env.NAME, pick:a|b|c)</translation>
    </message>
    <message>
        <source>%1 looks like a secret: the body is sent to the target, so it may not read it</source>
        <translation>%1 sieht nach einem Geheimnis aus: der Body wird an das Ziel gesendet, darf es also nicht lesen</translation>
    </message>
    <message>
        <source>{{env.%1}} reads the environment variable %1, which target.environment does not list (list it there to allow it)</source>
        <translation>{{env.%1}} liest die Umgebungsvariable %1, die target.environment nicht aufführt (dort eintragen, um sie zu erlauben)</translation>
    </message>
    <message>
        <source>must be &quot;1.1&quot; or &quot;2&quot;, got &quot;%1&quot;</source>
        <translation>muss &quot;1.1&quot; oder &quot;2&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;constant-arrival-rate&quot; or &quot;ramping-arrival-rate&quot;, got &quot;%1&quot;</source>
        <translation>muss &quot;constant-arrival-rate&quot; oder &quot;ramping-arrival-rate&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only applies to ramping-arrival-rate</source>
        <translation>gilt nur für ramping-arrival-rate</translation>
    </message>
    <message>
        <source>must be &gt;= 0, got %1</source>
        <translation>muss &gt;= 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>needs at least one stage</source>
        <translation>braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <source>constant-arrival-rate takes exactly one stage, got %1 (use ramping-arrival-rate for several)</source>
        <translation>constant-arrival-rate nimmt genau eine Stufe, gefunden: %1 (für mehrere ramping-arrival-rate verwenden)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;rate&quot;: 250, &quot;duration&quot;: &quot;30m&quot;}, got %1</source>
        <translation>muss ein Objekt wie {&quot;rate&quot;: 250, &quot;duration&quot;: &quot;30m&quot;} sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be %1 0, got %2</source>
        <translation>muss %1 0 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>must be at most 1000000, got %1</source>
        <translation>darf höchstens 1000000 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be longer than 0s</source>
        <translation>muss länger als 0s sein</translation>
    </message>
    <message>
        <source>every rate is 0: the profile sends nothing</source>
        <translation>jede Rate ist 0: das Profil sendet nichts</translation>
    </message>
    <message>
        <source>must be between 1 and 100000, got %1</source>
        <translation>muss zwischen 1 und 100000 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be &quot;basic&quot; (HTTP Basic, RFC 6749 §2.3.1) or &quot;body&quot; (client_id/client_secret form fields), got &quot;%1&quot;</source>
        <translation>muss &quot;basic&quot; (HTTP Basic, RFC 6749 §2.3.1) oder &quot;body&quot; (Formularfelder client_id/client_secret) sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an environment variable name, got &quot;%1&quot;</source>
        <translation>muss der Name einer Umgebungsvariable sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;oauth2-client-credentials&quot; or &quot;static-bearer&quot;, got &quot;%1&quot;</source>
        <translation>muss &quot;none&quot;, &quot;oauth2-client-credentials&quot; oder &quot;static-bearer&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs at least one status code</source>
        <translation>braucht mindestens einen Statuscode</translation>
    </message>
    <message>
        <source>must be an HTTP status code (100-599), got %1</source>
        <translation>muss ein HTTP-Statuscode sein (100-599), gefunden: %1</translation>
    </message>
    <message>
        <source>must be a JSON pointer starting with / (e.g. &quot;/status&quot;), got &quot;%1&quot;</source>
        <translation>muss ein JSON-Pointer sein, der mit / beginnt (z. B. &quot;/status&quot;), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs at least one value that means delivered</source>
        <translation>braucht mindestens einen Wert, der „zugestellt“ bedeutet</translation>
    </message>
    <message>
        <source>must be a threshold string like &quot;p(95)&lt;250&quot; or an object {&quot;threshold&quot;: ..., &quot;abortOnFail&quot;: true}, got %1</source>
        <translation>muss eine Schwelle wie &quot;p(95)&lt;250&quot; oder ein Objekt {&quot;threshold&quot;: ..., &quot;abortOnFail&quot;: true} sein, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is a %2 metric, which has no %3 (use %4)</source>
        <translation>%1 ist eine Metrik vom Typ %2, die kein %3 hat (%4 verwenden)</translation>
    </message>
    <message>
        <source>unknown gate profile &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Gate-Profil &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown metric (known: %1)</source>
        <translation>unbekannte Metrik (bekannt: %1)</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (0.99 = 99 % of the target rate), got %1</source>
        <translation>muss zwischen 0 und 1 liegen (0.99 = 99 % der Zielrate), gefunden: %1</translation>
    </message>
    <message>
        <source>a custom gate needs at least one threshold</source>
        <translation>ein eigenes Gate braucht mindestens eine Schwelle</translation>
    </message>
    <message>
        <source>must be between 0 (off) and 1000, got %1</source>
        <translation>muss zwischen 0 (aus) und 1000 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>needs at least one file pattern or one command</source>
        <translation>braucht mindestens ein Dateimuster oder einen Befehl</translation>
    </message>
    <message>
        <source>[%1] is empty</source>
        <translation>[%1] ist leer</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 at offset %2</source>
        <translation>ist kein gültiger regulärer Ausdruck: %1 an Position %2</translation>
    </message>
    <message>
        <source>must be &quot;sendgrid&quot;, got &quot;%1&quot;</source>
        <translation>muss &quot;sendgrid&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be above 0 and at most 100, got %1</source>
        <translation>muss über 0 und höchstens 100 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be above 0, got %1</source>
        <translation>muss über 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>names no limit (errorRatePercent, p95Ms)</source>
        <translation>nennt keine Grenze (errorRatePercent, p95Ms)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: {%2})</source>
        <translation>unbekannter Platzhalter {%1} (bekannt: {%2})</translation>
    </message>
    <message>
        <source>is a file name and must not contain /, \ or ..</source>
        <translation>ist ein Dateiname und darf kein /, \ oder .. enthalten</translation>
    </message>
    <message>
        <source>is %1, made by a newer CanaryDesk; this one reads version %2</source>
        <translation>ist %1, von einem neueren CanaryDesk erstellt; dieses liest Version %2</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>muss %1 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object at the top level</source>
        <translation>ein Szenario muss auf oberster Ebene ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>cannot open scenario file: %1</source>
        <translation>Szenariodatei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>is %1 bytes; a scenario file is at most 4 MiB</source>
        <translation>ist %1 Bytes groß; eine Szenariodatei hat höchstens 4 MiB</translation>
    </message>
    <message>
        <source>empty threshold (expected e.g. &quot;p(95)&lt;250&quot; or &quot;rate&lt;0.005&quot;)</source>
        <translation>leere Schwelle (erwartet z. B. &quot;p(95)&lt;250&quot; oder &quot;rate&lt;0.005&quot;)</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;p&apos; (percentiles are written p(95))</source>
        <translation>&apos;(&apos; nach &apos;p&apos; erwartet (Perzentile schreibt man p(95))</translation>
    </message>
    <message>
        <source>expected a percentile between 0 and 100 inside p(...)</source>
        <translation>in p(...) wird ein Perzentil zwischen 0 und 100 erwartet</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after the percentile</source>
        <translation>&apos;)&apos; nach dem Perzentil erwartet</translation>
    </message>
    <message>
        <source>expected an aggregation (avg, min, max, med, p(N), rate, count or value) at the start</source>
        <translation>am Anfang wird eine Aggregation erwartet (avg, min, max, med, p(N), rate, count oder value)</translation>
    </message>
    <message>
        <source>unknown aggregation &apos;%1&apos; (expected avg, min, max, med, p(N), rate, count or value)</source>
        <translation>unbekannte Aggregation &apos;%1&apos; (erwartet avg, min, max, med, p(N), rate, count oder value)</translation>
    </message>
    <message>
        <source>expected an operator (&lt;, &lt;=, &gt;, &gt;=, ==, !=) after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird ein Operator erwartet (&lt;, &lt;=, &gt;, &gt;=, ==, !=)</translation>
    </message>
    <message>
        <source>expected a number after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird eine Zahl erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2</source>
        <translation>unerwartetes &apos;%1&apos; nach %2</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, one of CanaryDesk&apos;s own keychain entries (canarydesk-…, such as its signing key): a scenario can never read them; name the entry that holds the credential</source>
        <translation>nennt „%1“, einen der eigenen Schlüsselbund-Einträge von CanaryDesk (canarydesk-…, etwa seinen Signaturschlüssel): ein Szenario kann sie nie lesen; nennen Sie den Eintrag, der die Zugangsdaten enthält</translation>
    </message>
    <message>
        <source>%1 holds one of CanaryDesk&apos;s own credentials: a scenario can never send it to a target</source>
        <translation>%1 enthält eigene Zugangsdaten von CanaryDesk: ein Szenario kann sie nie an ein Ziel senden</translation>
    </message>
    <message>
        <source>must be k6 Cloud&apos;s numeric stack id, got &quot;%1&quot;</source>
        <translation>muss die numerische Stack-ID von k6 Cloud sein, war „%1“</translation>
    </message>
    <message>
        <source>must be a relative folder without .. (a scenario does not choose where on this machine its evidence lands: the operator does — --out, or Export Evidence in the console)</source>
        <translation>muss ein relativer Ordner ohne .. sein (nicht ein Szenario wählt, wo auf diesem Rechner seine Nachweise landen, sondern der Bediener — --out oder „Nachweise exportieren“ in der Konsole)</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>the operator&apos;s key, kept in the desktop&apos;s keychain</source>
        <translation>der Schlüssel des Operators, im Schlüsselbund des Desktops verwahrt</translation>
    </message>
    <message>
        <source>a key given to this run in CANARYDESK_SIGNING_KEY (CI)</source>
        <translation>ein Schlüssel, der diesem Lauf in CANARYDESK_SIGNING_KEY übergeben wurde (CI)</translation>
    </message>
    <message>
        <source>a one-time key made for this run only (the machine that ran it had no keychain): compare its fingerprint with the one the operator reports</source>
        <translation>ein nur für diesen Lauf erzeugter Einmalschlüssel (der Rechner, auf dem er lief, hatte keinen Schlüsselbund): vergleichen Sie seinen Fingerabdruck mit dem, den der Operator nennt</translation>
    </message>
    <message>
        <source>Signed with key %1 — %2. Every file&apos;s SHA-256 is in manifest.json under that signature; check it with `canarydesk verify` on this folder or .zip, or open it in CanaryDesk&apos;s viewer.</source>
        <translation>Signiert mit Schlüssel %1 – %2. Der SHA-256 jeder Datei steht unter dieser Signatur in manifest.json; prüfen Sie sie mit `canarydesk verify` auf diesem Ordner oder .zip oder öffnen Sie das Paket im Betrachter von CanaryDesk.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
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
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>%1 pts under the limit</source>
        <translation>%1 Pkt. unter dem Grenzwert</translation>
    </message>
    <message>
        <source>%1 pts over the limit</source>
        <translation>%1 Pkt. über dem Grenzwert</translation>
    </message>
    <message>
        <source>%1 pts above the limit</source>
        <translation>%1 Pkt. über dem Grenzwert</translation>
    </message>
    <message>
        <source>%1 pts below the limit</source>
        <translation>%1 Pkt. unter dem Grenzwert</translation>
    </message>
    <message>
        <source>%1 × under the limit</source>
        <translation>%1 × unter dem Grenzwert</translation>
    </message>
    <message>
        <source>%1 under the limit%2</source>
        <translation>%1 unter dem Grenzwert%2</translation>
    </message>
    <message>
        <source>%1 over the limit%2</source>
        <translation>%1 über dem Grenzwert%2</translation>
    </message>
    <message>
        <source>%1 above the limit%2</source>
        <translation>%1 über dem Grenzwert%2</translation>
    </message>
    <message>
        <source>%1 below the limit%2</source>
        <translation>%1 unter dem Grenzwert%2</translation>
    </message>
    <message>
        <source>%1 %2 (needs %3)</source>
        <translation>%1 %2 (gefordert %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>stopped at %1 (%2)</source>
        <translation>gestoppt bei %1 (%2)</translation>
    </message>
    <message>
        <source>ran %1</source>
        <translation>lief %1</translation>
    </message>
    <message>
        <source>%1 /s over the %2 that ran (%3 requests)</source>
        <translation>%1 /s über die gelaufenen %2 (%3 Anfragen)</translation>
    </message>
    <message>
        <source>%1 /s (%2 requests)</source>
        <translation>%1 /s (%2 Anfragen)</translation>
    </message>
    <message>
        <source>%1 % of the rate asked for</source>
        <translation>%1 % der geforderten Rate</translation>
    </message>
    <message>
        <source>request rate %1 /s of %2 /s</source>
        <translation>Anfragerate %1 /s von %2 /s</translation>
    </message>
    <message>
        <source>%1 over the limit</source>
        <translation>%1 über dem Grenzwert</translation>
    </message>
    <message>
        <source>%1 requests dropped at the in-flight cap</source>
        <translation>%1 Anfragen an der Obergrenze laufender Anfragen verworfen</translation>
    </message>
    <message>
        <source>a hole: %1 arrivals not sent while the client was paused</source>
        <translation>eine Lücke: %1 Ankünfte nicht gesendet, während der Client angehalten war</translation>
    </message>
    <message>
        <source>run interrupted, the evidence is incomplete</source>
        <translation>Lauf unterbrochen, die Nachweise sind unvollständig</translation>
    </message>
    <message>
        <source>a request already took %1</source>
        <translation>eine Anfrage dauerte bereits %1</translation>
    </message>
    <message>
        <source>at least %1 whatever the rest of the run brings</source>
        <translation>mindestens %1, was der Rest des Laufs auch bringt</translation>
    </message>
    <message>
        <source>%1 requests already took longer than %2 — more than the %3 % of the at most %4 requests of the run that p(%5) lets through</source>
        <translation>%1 Anfragen dauerten bereits länger als %2 — mehr als die %3 % der höchstens %4 Anfragen des Laufs, die p(%5) durchlässt</translation>
    </message>
    <message>
        <source>at least %1 whatever the rest of the run brings (%2 of at most %3 requests)</source>
        <translation>mindestens %1, was der Rest des Laufs auch bringt (%2 von höchstens %3 Anfragen)</translation>
    </message>
    <message>
        <source>at most %1 whatever the rest of the run brings (%2 of at most %3 requests already missing)</source>
        <translation>höchstens %1, was der Rest des Laufs auch bringt (%2 von höchstens %3 Anfragen fehlen bereits)</translation>
    </message>
    <message>
        <source>already %1</source>
        <translation>bereits %1</translation>
    </message>
    <message>
        <source>%1 can no longer be %2: %3</source>
        <translation>%1 kann nicht mehr %2 sein: %3</translation>
    </message>
    <message>
        <source>%1 arrivals dropped, more than the %2 allowed</source>
        <translation>%1 Ankünfte verworfen, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>%1 arrivals dropped: at most %2 of the %3 planned requests can still be sent, fewer than the %4 % the rate needs</source>
        <translation>%1 Ankünfte verworfen: höchstens %2 der %3 geplanten Anfragen können noch gesendet werden, weniger als die %4 %, die die Rate braucht</translation>
    </message>
    <message>
        <source>decided at %1 and stopped then (%2)</source>
        <translation>bei %1 entschieden und dann beendet (%2)</translation>
    </message>
    <message>
        <source>the results hold invalid data (%1)</source>
        <translation>die Ergebnisse enthalten ungültige Daten (%1)</translation>
    </message>
    <message>
        <source>TLS certificates were not verified (target.insecure): whatever answered at the target&apos;s address was measured, and nothing proves it was the service</source>
        <translation>TLS-Zertifikate wurden nicht geprüft (target.insecure): gemessen wurde, was unter der Adresse des Ziels antwortete, und nichts beweist, dass es der Dienst war</translation>
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
        <source>Gate</source>
        <translation>Gate</translation>
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
        <source> (%1%2 % of A)</source>
        <translation> (%1%2 % von A)</translation>
    </message>
    <message>
        <source>&amp;Export comparison…</source>
        <translation>Vergleich &amp;exportieren…</translation>
    </message>
    <message>
        <source>Change (B − A), 95 % interval: rates in percentage points</source>
        <translation>Änderung (B − A), 95-%-Intervall: Raten in Prozentpunkten</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Write the comparison as one self-contained HTML page, to mail or attach</source>
        <translation>Den Vergleich als eine eigenständige HTML-Seite schreiben, zum Mailen oder Anhängen</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>Pkt.</translation>
    </message>
    <message>
        <source> · 95 %: %1 to %2</source>
        <translation> · 95 %: %1 bis %2</translation>
    </message>
    <message>
        <source> (spread changed)</source>
        <translation> (Streuung geändert)</translation>
    </message>
    <message>
        <source>Verdict (own gate)</source>
        <translation>Urteil (eigenes Gate)</translation>
    </message>
    <message>
        <source>A&apos;s limit ≤ %1 ms</source>
        <translation>Grenzwert von A ≤ %1 ms</translation>
    </message>
    <message>
        <source>B&apos;s limit ≤ %1 ms</source>
        <translation>Grenzwert von B ≤ %1 ms</translation>
    </message>
</context>
<context>
    <name>canary::ui::ConsoleActions</name>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load a canary scenario (JSON)</source>
        <translation>Ein Canary-Szenario laden (JSON)</translation>
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
        <source>&amp;Import k6 Results…</source>
        <translation>k6-Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Turn k6 output made elsewhere (--out json, handleSummary, --summary-export) into an evidence package</source>
        <translation>Anderswo erzeugte k6-Ausgaben (--out json, handleSummary, --summary-export) in ein Nachweispaket verwandeln</translation>
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
        <source>&amp;Edit Scenario…</source>
        <translation>Szenario &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the scenario in a form (checked as you type) or as JSON, and send one test request</source>
        <translation>Das Szenario in einem Formular (beim Tippen geprüft) oder als JSON ändern und eine Testanfrage senden</translation>
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
        <source>Start the canary against the scenario&apos;s target (asks first: this is real traffic)</source>
        <translation>Den Canary gegen das Ziel des Szenarios starten (fragt zuerst: das ist echter Verkehr)</translation>
    </message>
    <message>
        <source>■ S&amp;top</source>
        <translation>■ S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop gracefully: no new requests, in-flight ones finish, evidence is written</source>
        <translation>Geordnet anhalten: keine neuen Anfragen, laufende werden beendet, Nachweise werden geschrieben</translation>
    </message>
    <message>
        <source>✖ &amp;Abort</source>
        <translation>✖ &amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop at once: in-flight requests are cut off; evidence is still written</source>
        <translation>Sofort anhalten: laufende Anfragen werden abgebrochen; Nachweise werden trotzdem geschrieben</translation>
    </message>
    <message>
        <source>&amp;Export Evidence…</source>
        <translation>Nachweise &amp;exportieren…</translation>
    </message>
    <message>
        <source>Copy the signed evidence package of the last run to a folder of your choice</source>
        <translation>Das signierte Nachweispaket des letzten Laufs in einen Ordner Ihrer Wahl kopieren</translation>
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
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>OAuth2 client profiles; secrets stay in the OS keychain</source>
        <translation>OAuth2-Client-Profile; Geheimnisse bleiben im Schlüsselbund des Systems</translation>
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
        <source>Scenario &amp;Details</source>
        <translation>Szenario-&amp;Details</translation>
    </message>
    <message>
        <source>Show or hide the scenario summary and gate</source>
        <translation>Szenario-Zusammenfassung und Gate ein- oder ausblenden</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <source>● IDLE</source>
        <translation>● BEREIT ZUM LADEN</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>Stop When &amp;Decided</source>
        <translation>Beenden, wenn &amp;entschieden</translation>
    </message>
    <message>
        <source>End the canary the moment the gate is lost beyond recovery (a FAIL decided early, the package complete); a run that could still pass is never stopped</source>
        <translation>Den Canary in dem Moment beenden, in dem das Gate unwiderruflich verloren ist (ein früh entschiedenes FAIL, das Paket vollständig); ein Lauf, der noch bestehen könnte, wird nie beendet</translation>
    </message>
    <message>
        <source>&amp;View as Stakeholder</source>
        <translation>Als &amp;Stakeholder ansehen</translation>
    </message>
    <message>
        <source>Open the last run&apos;s package in the read-only viewer, as the people you send it to will see it</source>
        <translation>Das Paket des letzten Laufs im schreibgeschützten Betrachter öffnen, so wie es die Empfänger sehen</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Folder</source>
        <translation>Nachweis&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show the last run&apos;s package folder in the file manager</source>
        <translation>Den Paketordner des letzten Laufs im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Post Checkpoint to &amp;Slack…</source>
        <translation>Checkpoint an &amp;Slack senden…</translation>
    </message>
    <message>
        <source>Preview the checkpoint update as Slack will show it, then post it to the channel&apos;s incoming webhook</source>
        <translation>Die Checkpoint-Meldung so ansehen, wie Slack sie zeigen wird, und dann an den eingehenden Webhook des Kanals senden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, and its keys</source>
        <translation>Jeder Befehl mit Tastenkürzel und seine Tasten</translation>
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
        <source>Write-only: the secret goes to the OS keychain and is never shown again.</source>
        <translation>Nur schreibbar: Das Geheimnis kommt in den Schlüsselbund des Systems und wird nie wieder angezeigt.</translation>
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
        <source>✗ %1</source>
        <translation>✗ %1</translation>
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
        <source>OAuth2 client secret</source>
        <translation>OAuth2-Client-Secret</translation>
    </message>
    <message>
        <source>API key or header value (also the SendGrid key)</source>
        <translation>API-Schlüssel oder Header-Wert (auch der SendGrid-Schlüssel)</translation>
    </message>
    <message>
        <source>Slack incoming webhook URL</source>
        <translation>URL des eingehenden Slack-Webhooks</translation>
    </message>
    <message>
        <source>k6 Cloud token</source>
        <translation>k6-Cloud-Token</translation>
    </message>
    <message>
        <source>Kind of credential</source>
        <translation>Art der Zugangsdaten</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Origins</translation>
    </message>
    <message>
        <source>Where this secret may be sent: scheme://host[:port], separated by commas. A run sends it nowhere else, whatever a scenario says. For a client secret: the token URL&apos;s origin and the target&apos;s (the token it buys goes there).</source>
        <translation>Wohin dieses Geheimnis gesendet werden darf: scheme://host[:port], durch Kommas getrennt. Ein Lauf sendet es nirgendwo anders hin, was auch immer ein Szenario sagt. Für ein Client-Secret: der Origin der Token-URL und der des Ziels (das Token, das es erhält, geht dorthin).</translation>
    </message>
    <message>
        <source>The keychain entry name; scenarios name it as auth.secretKey (default: the client id), a header&apos;s secretKey or monitors.provider.apiKeySecretKey.</source>
        <translation>Der Name des Schlüsselbund-Eintrags; Szenarien nennen ihn als auth.secretKey (Standard: die Client-ID), als secretKey eines Headers oder als monitors.provider.apiKeySecretKey.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>May be sent to:</source>
        <translation>Darf gesendet werden an:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>keychain locked — unlock it, then reopen this entry</source>
        <translation>Schlüsselbund gesperrt — entsperren, dann diesen Eintrag erneut öffnen</translation>
    </message>
    <message>
        <source>⚠ A secret is stored, bound to no origin (stored before origins existed): runs send it nowhere until you name where it may go and Save.</source>
        <translation>⚠ Ein Geheimnis ist gespeichert, an keinen Origin gebunden (gespeichert, bevor es Origins gab): Läufe senden es nirgendwohin, bis Sie angeben, wohin es darf, und speichern.</translation>
    </message>
    <message>
        <source>✓ A secret is stored in the OS keychain; it may be sent to %1 only.</source>
        <translation>✓ Ein Geheimnis ist im Schlüsselbund des Systems gespeichert; es darf nur an %1 gesendet werden.</translation>
    </message>
    <message>
        <source>name the origins it may be sent to (e.g. https://api.example.com)</source>
        <translation>die Origins nennen, an die es gesendet werden darf (z. B. https://api.example.com)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>names starting with canarydesk- are CanaryDesk&apos;s own</source>
        <translation>Namen, die mit canarydesk- beginnen, gehören CanaryDesk selbst</translation>
    </message>
    <message>
        <source>Saved %1; its secret is in the OS keychain, bound to %2.</source>
        <translation>%1 gespeichert; sein Geheimnis liegt im Schlüsselbund des Systems, gebunden an %2.</translation>
    </message>
    <message>
        <source>Saved %1; no secret is stored yet.</source>
        <translation>%1 gespeichert; noch ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>typed in this dialog</source>
        <translation>in diesem Dialog eingegeben</translation>
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
    <message>
        <source>%1 · decided at %2</source>
        <translation>%1 · entschieden bei %2</translation>
    </message>
    <message>
        <source> · gate lost, decided at %1</source>
        <translation> · Gate verloren, entschieden bei %1</translation>
    </message>
</context>
<context>
    <name>canary::ui::EvidenceActions</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
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
        <source>Export the evidence package to</source>
        <translation>Nachweispaket exportieren nach</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
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
        <source>Checkpoint update posted to Slack</source>
        <translation>Checkpoint-Update an Slack gesendet</translation>
    </message>
    <message>
        <source>Slack did not take it: %1</source>
        <translation>Slack hat es nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>Importiere %1 …</translation>
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
        <source>the run&apos;s folder</source>
        <translation>der Ordner des Laufs</translation>
    </message>
    <message>
        <source>no free folder for %1 in %2</source>
        <translation>kein freier Ordner für %1 in %2</translation>
    </message>
    <message>
        <source>Not posted: the package has no slack_message.json (%1)</source>
        <translation>Nicht gesendet: das Paket hat keine slack_message.json (%1)</translation>
    </message>
</context>
<context>
    <name>canary::ui::GateChart</name>
    <message>
        <source>Point at the chart for the values at that second; drag across it to zoom to a time range, double-click (or Esc) to see the whole run again.</source>
        <translation>Zeigen Sie auf das Diagramm, um die Werte dieser Sekunde zu sehen; ziehen Sie darüber, um einen Zeitraum zu vergrößern, Doppelklick (oder Esc) zeigt wieder den ganzen Lauf.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>429</source>
        <translation>429</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>über dem Grenzwert</translation>
    </message>
    <message>
        <source>/health failing</source>
        <translation>/health schlägt fehl</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>client paused</source>
        <translation>Client pausiert</translation>
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
    <message>
        <source> ↑ slower than the previous run</source>
        <translation> ↑ langsamer als der vorige Lauf</translation>
    </message>
    <message>
        <source> ↓ faster than the previous run</source>
        <translation> ↓ schneller als der vorige Lauf</translation>
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
        <source>no scenario loaded</source>
        <translation>kein Szenario geladen</translation>
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
        <source>Open Evidence Package</source>
        <translation>Nachweispaket öffnen</translation>
    </message>
    <message>
        <source>Evidence packages (manifest.json *.zip)</source>
        <translation>Nachweispakete (manifest.json *.zip)</translation>
    </message>
    <message>
        <source>Run history unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
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
        <source>Import k6 Results</source>
        <translation>k6-Ergebnisse importieren</translation>
    </message>
    <message>
        <source>k6 results (*.json *.json.gz *.ndjson *.gz)</source>
        <translation>k6-Ergebnisse (*.json *.json.gz *.ndjson *.gz)</translation>
    </message>
    <message>
        <source>k6 started</source>
        <translation>k6 gestartet</translation>
    </message>
    <message>
        <source>k6 finished: %1 %2</source>
        <translation>k6 beendet: %1 %2</translation>
    </message>
    <message>
        <source>edited scenario</source>
        <translation>bearbeitetes Szenario</translation>
    </message>
    <message>
        <source>Evidence incomplete in %1: not signed</source>
        <translation>Nachweise in %1 unvollständig: nicht signiert</translation>
    </message>
    <message>
        <source>Gate lost: decided at %1 — %2</source>
        <translation>Gate verloren: entschieden bei %1 — %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
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
        <source>Episodes (shaded on the charts)</source>
        <translation>Episoden (in den Diagrammen schattiert)</translation>
    </message>
    <message>
        <source>⚠ All %1 files are exactly as signed, by a key no other run shares. %2</source>
        <translation>⚠ Alle %1 Dateien sind genau wie signiert, mit einem Schlüssel, den kein anderer Lauf teilt. %2</translation>
    </message>
    <message>
        <source>✓ Signature valid: all %1 files are exactly as signed; it proves they were not changed since, not who holds the key. %2</source>
        <translation>✓ Signatur gültig: alle %1 Dateien sind genau wie signiert; das beweist, dass sie seither nicht geändert wurden, nicht, wer den Schlüssel besitzt. %2</translation>
    </message>
    <message>
        <source>⚠ Caveat: %1</source>
        <translation>⚠ Vorbehalt: %1</translation>
    </message>
</context>
<context>
    <name>canary::ui::RecentScenarios</name>
    <message>
        <source>No recent scenarios</source>
        <translation>Keine zuletzt geöffneten Szenarien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>canary::ui::RunView</name>
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
        <source>Token fetches, health changes, guard rails and the verdict appear here.</source>
        <translation>Token-Abrufe, Health-Wechsel, Schutzregeln und das Urteil erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 is polled every %2 during a run.</source>
        <translation>%1 wird während eines Laufs alle %2 abgefragt.</translation>
    </message>
    <message>
        <source>/%1/ in %2</source>
        <translation>/%1/ in %2</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>canary::ui::ScenarioBar</name>
    <message>
        <source>No scenario — open one (Ctrl+O) to see what the canary will do.</source>
        <translation>Kein Szenario – öffnen Sie eines (Strg+O), um zu sehen, was der Canary tun wird.</translation>
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
        <source>%1 · %2 %3 · %4 requests</source>
        <translation>%1 · %2 %3 · %4 Anfragen</translation>
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
    <message>
        <source>It reads these environment variables of this machine and sends them there: %1</source>
        <translation>Sie liest diese Umgebungsvariablen dieses Rechners und sendet sie dorthin: %1</translation>
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
    <name>canary::ui::SlackPreviewDialog</name>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>Post the checkpoint update to Slack</source>
        <translation>Checkpoint-Meldung an Slack senden</translation>
    </message>
    <message>
        <source>The channel will see this message:</source>
        <translation>Der Kanal sieht diese Nachricht:</translation>
    </message>
    <message>
        <source>The message as Slack shows it</source>
        <translation>Die Nachricht, wie Slack sie zeigt</translation>
    </message>
    <message>
        <source>Reading the Slack webhook from the OS keychain…</source>
        <translation>Slack-Webhook wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>✓ Posts to the incoming webhook at %1 (its address stays in the keychain).</source>
        <translation>✓ Sendet an den eingehenden Webhook bei %1 (seine Adresse bleibt im Schlüsselbund).</translation>
    </message>
    <message>
        <source>✗ Not ready to post: %1. Store the channel&apos;s incoming-webhook URL under Credentials (kind “Slack incoming webhook URL”, name %2), or set %3 for this session.</source>
        <translation>✗ Nicht bereit zum Senden: %1. Die URL des eingehenden Webhooks des Kanals unter Zugangsdaten speichern (Art „URL des eingehenden Slack-Webhooks“, Name %2) oder %3 für diese Sitzung setzen.</translation>
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
    <name>canary::ui::StartConfirmation</name>
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
        <source>These commands will run on this machine to read the application&apos;s logs:
%1</source>
        <translation>Diese Befehle laufen auf diesem Rechner, um die Logs der Anwendung zu lesen:
%1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>It sends (each stored secret only to the origins it is bound to):
%1</source>
        <translation>Es sendet (jedes gespeicherte Geheimnis nur an die Origins, an die es gebunden ist):
%1</translation>
    </message>
    <message>
        <source>TLS certificate verification is OFF for every request of the run (target.insecure).</source>
        <translation>Die Prüfung der TLS-Zertifikate ist für jede Anfrage des Laufs AUS (target.insecure).</translation>
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
    <name>canary::ui::VerdictBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The diagnosis, the next steps and where the evidence is</source>
        <translation>Die Diagnose, die nächsten Schritte und wo die Nachweise liegen</translation>
    </message>
    <message>
        <source>View as stakeholder</source>
        <translation>Als Stakeholder ansehen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
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
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Post checkpoint to Slack…</source>
        <translation>Checkpoint an Slack senden…</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>Details des Urteils</translation>
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
        <source>Evidence INCOMPLETE in %1 — not signed; the raw results are kept. Free the space or fix the folder, then export the run again from History.</source>
        <translation>Nachweise in %1 UNVOLLSTÄNDIG — nicht signiert; die Rohergebnisse bleiben erhalten. Schaffen Sie Platz oder beheben Sie das Problem mit dem Ordner und exportieren Sie den Lauf dann erneut aus dem Verlauf.</translation>
    </message>
    <message>
        <source>⚠ Caveat: %1</source>
        <translation>⚠ Vorbehalt: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>Run a production canary, judge it against a release gate, export signed evidence.

Subcommands (each with its own --help):
  run SCENARIO        the canary headless: a progress line a second, the verdict, the package
  k6 script|run       the canary as a k6 script, or run on k6 (local or k6 Cloud)
  history             the stored runs, newest first
  export RUN          a stored run&apos;s package again
  import FILE…        k6 results or summaries as a package
  compare A B         two runs: changes with 95 % intervals, each against its own gate
  verify PACKAGE      check a package&apos;s hashes and signature
  view PACKAGE        the read-only viewer for stakeholders
  credentials         store, list or delete credentials in the OS keychain
  sandbox             the demo target on 127.0.0.1</source>
        <translation>Einen Produktions-Canary ausführen, gegen ein Release-Gate beurteilen, signierte Nachweise exportieren.

Unterbefehle (jeder mit eigenem --help):
  run SCENARIO        der Canary ohne Oberfläche: eine Fortschrittszeile pro Sekunde, das Urteil, das Paket
  k6 script|run       der Canary als k6-Skript, oder auf k6 ausgeführt (lokal oder k6 Cloud)
  history             die gespeicherten Läufe, neueste zuerst
  export RUN          das Paket eines gespeicherten Laufs erneut
  import FILE…        k6-Ergebnisse oder -Zusammenfassungen als Paket
  compare A B         zwei Läufe: Änderungen mit 95-%-Intervallen, jeder gegen sein eigenes Gate
  verify PACKAGE      Hashes und Signatur eines Pakets prüfen
  view PACKAGE        der schreibgeschützte Betrachter für Beteiligte
  credentials         Zugangsdaten im Schlüsselbund des Systems speichern, auflisten oder löschen
  sandbox             das Demo-Ziel auf 127.0.0.1</translation>
    </message>
</context>
</TS>
