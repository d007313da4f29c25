<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Checkpoint</name>
    <message>
        <source>Canary checkpoint — %1</source>
        <translation>Checkpoint del canary — %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Run: %1, %2 → %3</source>
        <translation>Ejecución: %1, %2 → %3</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
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
        <translation>Diagnóstico y próximos pasos</translation>
    </message>
    <message>
        <source>Summary: %1 requests in %2 (%3 req/s), p95 %4 ms, errors %5 %, delivery %6 %, HTTP failures %7 %.</source>
        <translation>Resumen: %1 peticiones en %2 (%3 pet./s), p95 %4 ms, errores %5 %, entrega %6 %, fallos HTTP %7 %.</translation>
    </message>
    <message>
        <source>Caveat: %1</source>
        <translation>Salvedad: %1</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Latency median</source>
        <translation>Latencia mediana</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latencia p99</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <source>Delivery success</source>
        <translation>Entrega correcta</translation>
    </message>
    <message>
        <source>HTTP failures</source>
        <translation>Fallos HTTP</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Tasa de solicitudes</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>(95 % interval %1 to %2)</source>
        <translation>(intervalo del 95 % de %1 a %2)</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 en %3</translation>
    </message>
    <message>
        <source>its latency is the same as A&apos;s within ±%1 %</source>
        <translation>su latencia es la misma que la de A, con un margen de ±%1 %</translation>
    </message>
    <message>
        <source>its p95 is %1: %2 ms against A&apos;s %3 ms, %4</source>
        <translation>su p95 es %1: %2 ms frente a los %3 ms de A, %4</translation>
    </message>
    <message>
        <source>B failed only because its limit is %1 ms (A&apos;s is %2 ms); %3.</source>
        <translation>B falló solo porque su límite es %1 ms (el de A, %2 ms); %3.</translation>
    </message>
    <message>
        <source>No figure changed detectably.</source>
        <translation>Ninguna cifra cambió de forma detectable.</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Cambió: %1.</translation>
    </message>
    <message>
        <source>Both runs pass their own gates</source>
        <translation>Ambas ejecuciones pasan su propio gate</translation>
    </message>
    <message>
        <source>Neither run passes its own gate</source>
        <translation>Ninguna ejecución pasa su propio gate</translation>
    </message>
    <message>
        <source> (p95 limit %1 ms for A, %2 ms for B)</source>
        <translation> (límite p95 %1 ms para A, %2 ms para B)</translation>
    </message>
    <message>
        <source>%1%2; for B, %3. %4</source>
        <translation>%1%2; para B, %3. %4</translation>
    </message>
    <message>
        <source>CanaryDesk comparison: %1 vs %2</source>
        <translation>Comparación de CanaryDesk: %1 frente a %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Change (B − A), 95 % interval</source>
        <translation>Cambio (B − A), intervalo del 95 %</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <source> (spread changed)</source>
        <translation> (cambió la dispersión)</translation>
    </message>
    <message>
        <source>Latency p95 each second, each run against its own limit</source>
        <translation>Latencia p95 de cada segundo, cada ejecución frente a su propio límite</translation>
    </message>
    <message>
        <source>%1&apos;s limit ≤ %2 ms</source>
        <translation>límite de %1 ≤ %2 ms</translation>
    </message>
    <message>
        <source>Calls from a Mann-Whitney test on each run&apos;s figures per tenth of the run, the change as the Hodges-Lehmann shift with its 95 % interval: a run&apos;s drift over minutes does not pass for a change. Written by CanaryDesk.</source>
        <translation>Dictámenes de una prueba de Mann-Whitney sobre las cifras de cada ejecución por décima parte de la ejecución, el cambio como desplazamiento de Hodges-Lehmann con su intervalo del 95 %: la deriva de una ejecución durante minutos no pasa por un cambio. Escrito por CanaryDesk.</translation>
    </message>
    <message>
        <source>B did not pass (%1: %2) where A passed. %3</source>
        <translation>B no pasó (%1: %2) donde A pasó. %3</translation>
    </message>
    <message>
        <source>B passed where A did not (%1: %2). %3</source>
        <translation>B pasó donde A no pasó (%1: %2). %3</translation>
    </message>
</context>
<context>
    <name>Episodes</name>
    <message>
        <source>/health failed %1</source>
        <translation>/health falló %1</translation>
    </message>
    <message>
        <source>/health answered healthy throughout</source>
        <translation>/health respondió sano todo el tiempo</translation>
    </message>
    <message>
        <source>no log lines in that window</source>
        <translation>ninguna línea de log en ese intervalo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln log line(s) in that window, e.g. &quot;%1&quot;</source>
        <translation>
            <numerusform>%Ln línea de log en ese intervalo, p. ej. «%1»</numerusform>
            <numerusform>%Ln líneas de log en ese intervalo, p. ej. «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token request(s) failed in it</source>
        <translation>
            <numerusform>%Ln solicitud de token falló en él</numerusform>
            <numerusform>%Ln solicitudes de token fallaron en él</numerusform>
        </translation>
    </message>
    <message>
        <source>requests got no answer — refused, reset, timed out (%1 requests)</source>
        <translation>solicitudes sin respuesta — rechazadas, reiniciadas, agotadas (%1 solicitudes)</translation>
    </message>
    <message>
        <source>the service answered 5xx (%1 requests)</source>
        <translation>el servicio respondió 5xx (%1 solicitudes)</translation>
    </message>
    <message>
        <source>the service answered 429 Too Many Requests (%1 requests)</source>
        <translation>el servicio respondió 429 Too Many Requests (%1 solicitudes)</translation>
    </message>
    <message>
        <source>each second&apos;s p95 was over the limit (%1 requests in it)</source>
        <translation>el p95 de cada segundo superó el límite (%1 solicitudes en él)</translation>
    </message>
    <message>
        <source>the load generator did not run: a hole (%1 arrivals not sent)</source>
        <translation>el generador de carga no funcionó: un hueco (%1 llegadas no enviadas)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>waiting for the first byte</source>
        <translation>espera del primer byte</translation>
    </message>
    <message>
        <source>The service takes this long to answer at a load it keeps up with — it is slow, not full: profile the request&apos;s path (slow queries, calls to the e-mail provider, template rendering) and compare with a canary at a lower rate; adding instances alone will not shorten it.</source>
        <translation>El servicio tarda esto en responder con una carga que sí sostiene — es lento, no está lleno: perfile el camino de la solicitud (consultas lentas, llamadas al proveedor de correo, renderizado de plantillas) y compare con un canary a menor tasa; añadir instancias por sí solo no lo acortará.</translation>
    </message>
    <message>
        <source>receiving the answer</source>
        <translation>recepción de la respuesta</translation>
    </message>
    <message>
        <source>The answers are slow to arrive: check their size, compression and the bandwidth between here and the service.</source>
        <translation>Las respuestas llegan lentamente: revise su tamaño, la compresión y el ancho de banda entre aquí y el servicio.</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>envío de la solicitud</translation>
    </message>
    <message>
        <source>The requests are slow to send: check the request body&apos;s size and the bandwidth from here.</source>
        <translation>Las solicitudes se envían lentamente: revise el tamaño del cuerpo y el ancho de banda desde aquí.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more episode(s)</source>
        <translation>
            <numerusform>y %Ln episodio más</numerusform>
            <numerusform>y %Ln episodios más</numerusform>
        </translation>
    </message>
    <message>
        <source>; over the limit only at %1</source>
        <translation>; por encima del límite solo en %1</translation>
    </message>
    <message>
        <source>; over the limit for most of the run</source>
        <translation>; por encima del límite durante la mayor parte de la ejecución</translation>
    </message>
    <message>
        <source>of a mean %1 ms per request, waiting for the first byte took %2 ms, receiving %3 ms, sending %4 ms; before it was sent, blocked %5 ms (connecting %6 ms, TLS %7 ms)</source>
        <translation>de una media de %1 ms por solicitud, la espera del primer byte llevó %2 ms, la recepción %3 ms, el envío %4 ms; antes de enviarse, bloqueada %5 ms (conexión %6 ms, TLS %7 ms)</translation>
    </message>
    <message>
        <source>Latency over the gate</source>
        <translation>Latencia por encima del gate</translation>
    </message>
    <message>
        <source>p95 %1 ms against %2%3; %4. Whether the service saturated cannot be told: there is no time series of requests in flight</source>
        <translation>p95 %1 ms frente a %2%3; %4. No se puede saber si el servicio se saturó: no hay serie temporal de solicitudes en curso</translation>
    </message>
    <message>
        <source>Look at where the time went (above); run the canary with CanaryDesk or import k6&apos;s --out json results to see whether the service fell behind.</source>
        <translation>Mire adónde fue el tiempo (arriba); ejecute el canary con CanaryDesk o importe los resultados --out json de k6 para ver si el servicio se quedó atrás.</translation>
    </message>
    <message>
        <source>requests in flight averaged %1 in the first half and %2 in the second</source>
        <translation>las solicitudes en curso promediaron %1 en la primera mitad y %2 en la segunda</translation>
    </message>
    <message>
        <source>Latency over the gate: the service saturated</source>
        <translation>Latencia por encima del gate: el servicio se saturó</translation>
    </message>
    <message>
        <source>p95 %1 ms against %2%3; %4%5 — the service fell behind the arrivals; %6</source>
        <translation>p95 %1 ms frente a %2%3; %4%5 — el servicio se quedó atrás de las llegadas; %6</translation>
    </message>
    <message>
        <source>Scale the service (reserved VM / autoscale), raise the database connection pool, add queue backpressure, then re-run the canary.</source>
        <translation>Escale el servicio (VM reservada / autoescalado), amplíe el pool de conexiones de la base de datos, añada contrapresión a la cola y repita el canary.</translation>
    </message>
    <message>
        <source>Opening connections also costs time before each request (connecting, TLS): check the network path and load balancer, and that connections are kept alive.</source>
        <translation>Abrir conexiones también cuesta tiempo antes de cada solicitud (conexión, TLS): revise la ruta de red y el balanceador, y que las conexiones se mantengan abiertas.</translation>
    </message>
    <message>
        <source>Requests also waited for a free connection on this client: raise load.maxInFlight.</source>
        <translation>Las solicitudes también esperaron una conexión libre en este cliente: aumente load.maxInFlight.</translation>
    </message>
    <message>
        <source>Latency over the gate: %1</source>
        <translation>Latencia por encima del gate: %1</translation>
    </message>
    <message>
        <source>p95 %1 ms against %2%3; %4 (%5 % of it); %6, the rate held and no arrival was dropped at the cap — no sign of saturation</source>
        <translation>p95 %1 ms frente a %2%3; %4 (%5 % de ello); %6, la tasa se mantuvo y ninguna llegada se descartó en el tope — ninguna señal de saturación</translation>
    </message>
    <message>
        <source>Decided at %1 and stopped then</source>
        <translation>Decidido en %1 y detenido entonces</translation>
    </message>
    <message>
        <source>Decided at %1</source>
        <translation>Decidido en %1</translation>
    </message>
    <message>
        <source>from then on the gate could not be met, whatever the rest of the run brought: %1</source>
        <translation>desde entonces el gate no podía cumplirse, trajera lo que trajera el resto de la ejecución: %1</translation>
    </message>
    <message>
        <source>The canary stopped there rather than keep loading a failing service; fix the cause below, then run it again for its full duration.</source>
        <translation>El canary se detuvo ahí en lugar de seguir cargando un servicio que falla; corrija la causa de abajo y vuelva a ejecutarlo durante toda su duración.</translation>
    </message>
    <message>
        <source>The rest of the run only added load to a failing service: with --stop-when-decided (or the console&apos;s &quot;Stop when decided&quot;, or gate.stopWhenDecided) the canary ends at that moment.</source>
        <translation>El resto de la ejecución solo añadió carga a un servicio que falla: con --stop-when-decided (o «Detener al decidirse» en la consola, o gate.stopWhenDecided) el canary termina en ese momento.</translation>
    </message>
    <message>
        <source>Rate limiting</source>
        <translation>Limitación de tasa</translation>
    </message>
    <message>
        <source>%L1 answers were HTTP 429%2</source>
        <translation>%L1 respuestas fueron HTTP 429%2</translation>
    </message>
    <message>
        <source>Check the email provider&apos;s and the gateway&apos;s rate limits; add retry with exponential backoff; re-run.</source>
        <translation>Revise los límites de tasa del proveedor de correo y del gateway; añada reintentos con espera exponencial; repita.</translation>
    </message>
    <message>
        <source>Authentication failures</source>
        <translation>Fallos de autenticación</translation>
    </message>
    <message>
        <source>%L1 answers were 401, %L2 were 403</source>
        <translation>%L1 respuestas fueron 401, %L2 fueron 403</translation>
    </message>
    <message>
        <source>Check the token&apos;s scopes and lifetime, the client&apos;s permissions and clock skew between the services.</source>
        <translation>Revise los scopes y la vigencia del token, los permisos del cliente y el desfase de reloj entre los servicios.</translation>
    </message>
    <message>
        <source>Server errors over the gate</source>
        <translation>Errores del servidor por encima del gate</translation>
    </message>
    <message>
        <source>%L1 answers were 5xx (%L2 % of %L3 requests)%4%5</source>
        <translation>%L1 respuestas fueron 5xx (%L2 % de %L3 solicitudes)%4%5</translation>
    </message>
    <message>
        <source>; no application log was read, so their cause cannot be told from here</source>
        <translation>; no se leyó ningún log de la aplicación, así que su causa no se puede saber desde aquí</translation>
    </message>
    <message>
        <source>; the application logged no ERROR line in the window</source>
        <translation>; la aplicación no registró ninguna línea ERROR en la ventana</translation>
    </message>
    <message>
        <source>; the application logged %L1 ERROR lines in the window, e.g. &quot;%2&quot;</source>
        <translation>; la aplicación registró %L1 líneas ERROR en la ventana, p. ej. «%2»</translation>
    </message>
    <message>
        <source>Read the application&apos;s ERROR lines of the canary window for the failing pattern (template rendering, provider rejections), fix it, re-run.</source>
        <translation>Busque en las líneas ERROR de la aplicación durante la ventana del canary el patrón del fallo (plantillas, rechazos del proveedor), corríjalo y repita.</translation>
    </message>
    <message>
        <source>Give the service&apos;s log files as monitors.logs so the next run shows its ERROR lines beside the 5xx; read them for the failing pattern (template rendering, provider rejections), fix it, re-run.</source>
        <translation>Indique los ficheros de log del servicio como monitors.logs para que la próxima ejecución muestre sus líneas ERROR junto a los 5xx; busque en ellas el patrón del fallo (renderizado de plantillas, rechazos del proveedor), corríjalo y repita.</translation>
    </message>
    <message>
        <source>%L1 with a certificate that has expired or is not yet valid</source>
        <translation>%L1 con un certificado caducado o aún no válido</translation>
    </message>
    <message>
        <source>renew the service&apos;s certificate (or check this machine&apos;s clock)</source>
        <translation>renovar el certificado del servicio (o comprobar el reloj de esta máquina)</translation>
    </message>
    <message>
        <source>%L1 with a certificate whose issuer is not trusted (self-signed or a private CA)</source>
        <translation>%L1 con un certificado cuyo emisor no es de confianza (autofirmado o una CA privada)</translation>
    </message>
    <message>
        <source>give the private CA&apos;s certificate as target.caBundle (never switch verification off for production)</source>
        <translation>indicar el certificado de la CA privada como target.caBundle (nunca desactivar la verificación en producción)</translation>
    </message>
    <message>
        <source>%L1 with a certificate made for another host name</source>
        <translation>%L1 con un certificado emitido para otro nombre de host</translation>
    </message>
    <message>
        <source>aim target.baseUrl at a name the certificate is for, or fix the certificate&apos;s names</source>
        <translation>apuntar target.baseUrl a un nombre para el que sea el certificado, o corregir los nombres del certificado</translation>
    </message>
    <message>
        <source>%L1 other TLS failures (the handshake broke off)</source>
        <translation>%L1 otros fallos de TLS (el handshake se interrumpió)</translation>
    </message>
    <message>
        <source>The service&apos;s TLS certificate was refused</source>
        <translation>Se rechazó el certificado TLS del servicio</translation>
    </message>
    <message>
        <source>%L1 requests failed TLS: %2</source>
        <translation>%L1 peticiones fallaron en TLS: %2</translation>
    </message>
    <message>
        <source>Check the service&apos;s TLS setup (protocol versions, ciphers) against this client&apos;s, then re-run.</source>
        <translation>Comparar la configuración TLS del servicio (versiones de protocolo, cifrados) con la de este cliente y volver a ejecutar.</translation>
    </message>
    <message>
        <source>To fix: %1; then re-run.</source>
        <translation>Para corregirlo: %1; luego volver a ejecutar.</translation>
    </message>
    <message>
        <source>Requests without an answer</source>
        <translation>Peticiones sin respuesta</translation>
    </message>
    <message>
        <source>%L1 timeouts, %L2 refused, %L3 reset or not HTTP, %L4 TLS, %L5 DNS, %L6 other</source>
        <translation>%L1 tiempos agotados, %L2 rechazadas, %L3 reiniciadas o no HTTP, %L4 TLS, %L5 DNS, %L6 otras</translation>
    </message>
    <message>
        <source>Check that the service is up and reachable from here, its TLS certificate, and its request timeout against the scenario&apos;s.</source>
        <translation>Compruebe que el servicio está activo y accesible desde aquí, su certificado TLS y su tiempo de espera frente al del escenario.</translation>
    </message>
    <message>
        <source>Find out what happened to the service in those minutes (a restart, a deploy, a crash, the load balancer taking it out): its own logs and events for that window, then re-run.</source>
        <translation>Averigüe qué le pasó al servicio en esos minutos (un reinicio, un despliegue, una caída, el balanceador lo retiró): sus propios logs y eventos de ese intervalo, y luego repita.</translation>
    </message>
    <message>
        <source>Answers cut short</source>
        <translation>Respuestas cortadas</translation>
    </message>
    <message>
        <source>%L1 answers ended before their whole body arrived (the connection closed short of the Content-Length or the last chunk); like k6 they count as failed requests with no status</source>
        <translation>%L1 respuestas terminaron antes de recibir todo el cuerpo (la conexión se cerró antes del Content-Length o del último chunk); como en k6, cuentan como peticiones fallidas sin estado</translation>
    </message>
    <message>
        <source>Look for the service or a proxy in front of it closing connections mid-answer (a crash, a restart, an idle or body-size limit), fix it, re-run.</source>
        <translation>Busque si el servicio o un proxy delante cierra conexiones a mitad de respuesta (un fallo, un reinicio, un límite de inactividad o de tamaño), corríjalo y repita.</translation>
    </message>
    <message>
        <source>; %L1 counted %L2 bounces, %L3 blocks and %L4 drops during the run</source>
        <translation>; %L1 contó %L2 rebotes, %L3 bloqueos y %L4 descartes durante la ejecución</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>el proveedor</translation>
    </message>
    <message>
        <source>%L1 of the undelivered requests never reached the e-mail step — the service did not accept them: fix those failures first (the findings above; the provider is not involved)</source>
        <translation>%L1 de las solicitudes no entregadas nunca llegaron al paso del correo — el servicio no las aceptó: corrija primero esos fallos (los hallazgos de arriba; el proveedor no interviene)</translation>
    </message>
    <message>
        <source>for the %L1 the service accepted and did not deliver: verify the SendGrid domain authentication, use valid test addresses, check the bounce and block lists and suppression handling</source>
        <translation>para las %L1 que el servicio aceptó y no entregó: verifique la autenticación de dominio de SendGrid, use direcciones de prueba válidas, revise las listas de rebotes y bloqueos y la gestión de supresiones</translation>
    </message>
    <message>
        <source>Delivery below 99 %</source>
        <translation>Entrega por debajo del 99 %</translation>
    </message>
    <message>
        <source>%L1 of %L2 requests were not reported delivered: %L3 of the %L4 the service accepted (2xx), and %L5 it never accepted (errors and requests without an answer)%6</source>
        <translation>%L1 de %L2 solicitudes no se notificaron como entregadas: %L3 de las %L4 que el servicio aceptó (2xx), y %L5 que nunca aceptó (errores y solicitudes sin respuesta)%6</translation>
    </message>
    <message>
        <source>Requests cut off in flight</source>
        <translation>Peticiones cortadas en curso</translation>
    </message>
    <message>
        <source>%L1 requests were sent and cut off before their answer when the run was aborted; like k6, they are not counted as requests, but they may have reached the service (e-mails sent that no number here shows)</source>
        <translation>%L1 peticiones se enviaron y se cortaron antes de su respuesta al abortar la ejecución; como en k6, no cuentan como peticiones, pero pueden haber llegado al servicio (correos enviados que ninguna cifra de aquí muestra)</translation>
    </message>
    <message>
        <source>Compare with the service&apos;s own count for the window; stop with one signal (or Stop) so in-flight requests finish within gracefulStop.</source>
        <translation>Compare con el recuento propio del servicio para la ventana; detenga con una sola señal (o Detener) para que las peticiones en curso terminen dentro de gracefulStop.</translation>
    </message>
    <message>
        <source>%1 s at %2</source>
        <translation>%1 s en %2</translation>
    </message>
    <message>
        <source>The load generator was paused</source>
        <translation>El generador de carga estuvo en pausa</translation>
    </message>
    <message>
        <source>the client did not run for %1 (the machine slept, or the process or its VM was stopped): %L2 arrivals due then were not sent — a hole in the run, never a burst after it</source>
        <translation>el cliente no se ejecutó durante %1 (el equipo se suspendió, o se detuvo el proceso o su VM): %L2 llegadas previstas entonces no se enviaron — un hueco en la ejecución, nunca una ráfaga después</translation>
    </message>
    <message>
        <source>a while</source>
        <translation>un rato</translation>
    </message>
    <message>
        <source>Keep the machine awake for the whole run (CanaryDesk asks the desktop not to sleep; check its power settings), or run the canary on a server or on k6, then run it again for its full duration.</source>
        <translation>Mantenga el equipo despierto durante toda la ejecución (CanaryDesk pide al escritorio que no se suspenda; revise su configuración de energía), o ejecute el canary en un servidor o en k6, y repítalo durante toda su duración.</translation>
    </message>
    <message>
        <source>The load generator could not keep up</source>
        <translation>El generador de carga no dio abasto</translation>
    </message>
    <message>
        <source>%L1 arrivals were dropped at the in-flight cap</source>
        <translation>%L1 llegadas se descartaron en el límite de peticiones en curso</translation>
    </message>
    <message>
        <source>Raise load.maxInFlight if the service is merely slow, or run the canary on k6 / more machines.</source>
        <translation>Aumente load.maxInFlight si el servicio solo es lento, o ejecute el canary en k6 / en más máquinas.</translation>
    </message>
    <message>
        <source>The access token could not be had</source>
        <translation>No se pudo obtener el token de acceso</translation>
    </message>
    <message>
        <source>Check the token endpoint and the client&apos;s credentials for those moments; requests then went without a valid token.</source>
        <translation>Revise el endpoint del token y las credenciales del cliente en esos momentos; las solicitudes fueron entonces sin un token válido.</translation>
    </message>
    <message>
        <source>The service&apos;s /health was failing</source>
        <translation>El /health del servicio fallaba</translation>
    </message>
    <message>
        <source>%1 of %2 polls of /health said it was not healthy, at %3%4</source>
        <translation>%1 de %2 consultas a /health indicaron que no estaba sano, en %3%4</translation>
    </message>
    <message>
        <source>Find out why the service reports itself unhealthy (health.json holds its last answer) before the checkpoint: a dependency down or degraded shows there before it shows in latency.</source>
        <translation>Averigüe antes del checkpoint por qué el servicio se declara no sano (health.json guarda su última respuesta): una dependencia caída o degradada se ve ahí antes que en la latencia.</translation>
    </message>
    <message>
        <source>All criteria passed</source>
        <translation>Todos los criterios cumplidos</translation>
    </message>
    <message>
        <source>Green light for the gate: share this package at the checkpoint.</source>
        <translation>Luz verde para el gate: comparta este paquete en el checkpoint.</translation>
    </message>
    <message>
        <source>All criteria passed, but /health was failing</source>
        <translation>Todos los criterios se cumplieron, pero /health fallaba</translation>
    </message>
    <message>
        <source>every criterion held, while the service&apos;s /health said it was not healthy in %1 of %2 polls</source>
        <translation>todos los criterios se cumplieron, mientras /health del servicio indicó que no estaba sano en %1 de %2 consultas</translation>
    </message>
    <message>
        <source>Not a plain green light: take the health failures to the checkpoint with this package, and explain or fix them before the gate is passed.</source>
        <translation>No es luz verde sin más: lleve los fallos de salud al checkpoint con este paquete y explíquelos o corríjalos antes de dar el gate por superado.</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Detenida antes del final</translation>
    </message>
    <message>
        <source>Cut off before the end</source>
        <translation>Cortada antes del final</translation>
    </message>
    <message>
        <source>Fix what stopped it (the reason above), then run the canary again for its full duration.</source>
        <translation>Corrija lo que la detuvo (el motivo anterior) y vuelva a ejecutar el canary durante toda su duración.</translation>
    </message>
    <message>
        <source>The run did not finish</source>
        <translation>La ejecución no terminó</translation>
    </message>
    <message>
        <source>Judged on the raw results written before it ended; run the canary again for its full duration.</source>
        <translation>Juzgada con los resultados en bruto escritos antes de que terminara; vuelva a ejecutar el canary durante toda su duración.</translation>
    </message>
    <message>
        <source>95 % interval %1–%2 %3</source>
        <translation>intervalo del 95 % %1–%2 %3</translation>
    </message>
    <message>
        <source>%1: within the uncertainty of the %2 limit — not proven at this run length%3</source>
        <translation>%1: dentro de la incertidumbre del límite %2 — no demostrado con esta duración%3</translation>
    </message>
    <message>
        <source>; a run about %1 × as long would settle it</source>
        <translation>; una ejecución unas %1 veces más larga lo resolvería</translation>
    </message>
    <message>
        <source>not proven: within the uncertainty</source>
        <translation>no demostrado: dentro de la incertidumbre</translation>
    </message>
    <message>
        <source>The results hold invalid data</source>
        <translation>Los resultados contienen datos no válidos</translation>
    </message>
    <message>
        <source>The figures are of the valid points only, so this run is not a PASS: take k6&apos;s results from the run again (a damaged, hand-edited or concatenated file?), or run the canary again.</source>
        <translation>Las cifras son solo de los puntos válidos, así que esta ejecución no es un PASS: vuelva a obtener los resultados de k6 de la ejecución (¿un fichero dañado, editado a mano o concatenado?) o repita el canary.</translation>
    </message>
    <message>
        <source>All criteria passed, but TLS was not verified</source>
        <translation>Todos los criterios se cumplieron, pero TLS no se verificó</translation>
    </message>
    <message>
        <source>Not a plain green light: give the service&apos;s CA in target.caBundle (or fix its certificate), drop target.insecure and run again before the gate is passed.</source>
        <translation>No es una luz verde sin más: indique la CA del servicio en target.caBundle (o arregle su certificado), quite target.insecure y repita la ejecución antes de dar el gate por superado.</translation>
    </message>
    <message>
        <source>A run stopped early certifies nothing, however good its numbers: run the canary for its full duration before the checkpoint.</source>
        <translation>Una ejecución detenida antes de tiempo no certifica nada, por buenas que sean sus cifras: ejecute el canary durante toda su duración antes del checkpoint.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Latency from intended send</source>
        <translation>Latencia desde el envío previsto</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <source>Delivery success</source>
        <translation>Entregas correctas</translation>
    </message>
    <message>
        <source>HTTP failures</source>
        <translation>Fallos HTTP</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Dropped requests</source>
        <translation>Peticiones descartadas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>full %1</source>
        <translation>%1 completos</translation>
    </message>
    <message>
        <source>Request rate (http_reqs)</source>
        <translation>Tasa de peticiones (http_reqs)</translation>
    </message>
    <message>
        <source>Dropped requests (dropped_iterations)</source>
        <translation>Peticiones descartadas (dropped_iterations)</translation>
    </message>
    <message>
        <source>≥ %1 /s (%2 % of %3)</source>
        <translation>≥ %1 /s (%2 % de %3)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>e-mail provider</source>
        <translation>proveedor de correo</translation>
    </message>
    <message>
        <source>%1: what the provider counted during the run</source>
        <translation>%1: lo que contó el proveedor durante la ejecución</translation>
    </message>
    <message>
        <source>No provider numbers for this run: %1</source>
        <translation>No hay cifras del proveedor para esta ejecución: %1</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>no obtenidas</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>peticiones</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregadas</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>rebotes</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloqueos</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>descartes</translation>
    </message>
    <message>
        <source>CanaryDesk: delivered</source>
        <translation>CanaryDesk: entregadas</translation>
    </message>
    <message>
        <source>Latency p95 (ms): the whole run so far, and each second</source>
        <translation>Latencia p95 (ms): toda la ejecución hasta el momento y cada segundo</translation>
    </message>
    <message>
        <source>gate ≤ %1 ms</source>
        <translation>gate ≤ %1 ms</translation>
    </message>
    <message>
        <source>p95 each second</source>
        <translation>p95 por segundo</translation>
    </message>
    <message>
        <source>p99 from intended send</source>
        <translation>p99 desde el envío previsto</translation>
    </message>
    <message>
        <source>p95 whole run (judged)</source>
        <translation>p95 de toda la ejecución (juzgado)</translation>
    </message>
    <message>
        <source>Errors and HTTP failures (%): the whole run so far, and each second</source>
        <translation>Errores y fallos HTTP (%): toda la ejecución hasta el momento y cada segundo</translation>
    </message>
    <message>
        <source>gate ≤ %1 %</source>
        <translation>gate ≤ %1 %</translation>
    </message>
    <message>
        <source>errors each second</source>
        <translation>errores por segundo</translation>
    </message>
    <message>
        <source>errors (judged)</source>
        <translation>errores (juzgado)</translation>
    </message>
    <message>
        <source>http_req_failed (judged)</source>
        <translation>http_req_failed (juzgado)</translation>
    </message>
    <message>
        <source>Delivery success (%): the whole run so far, and each second</source>
        <translation>Entregas correctas (%): toda la ejecución hasta el momento y cada segundo</translation>
    </message>
    <message>
        <source>gate ≥ %1 %</source>
        <translation>gate ≥ %1 %</translation>
    </message>
    <message>
        <source>each second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <source>delivery_success (judged)</source>
        <translation>delivery_success (juzgado)</translation>
    </message>
    <message>
        <source>Request rate (requests/s)</source>
        <translation>Tasa de peticiones (peticiones/s)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>conseguida</translation>
    </message>
    <message>
        <source>Target %1
Ran %2 → %3 · run %4
By %5 on %6 · %7</source>
        <translation>Destino %1
Se ejecutó %2 → %3 · ejecución %4
Por %5 en %6 · %7</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
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
        <translation>Qué pasó y qué hacer</translation>
    </message>
    <message>
        <source>Point at a chart for every line&apos;s value at that second; drag across it to zoom to a time range, double-click to see the whole run.</source>
        <translation>Señale un gráfico para ver el valor de cada línea en ese segundo; arrastre sobre él para ampliar un intervalo; doble clic para ver toda la ejecución.</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>Sobre los datos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Summary numbers</source>
        <translation>Cifras del resumen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Operator: %1 on %2</source>
        <translation>Operador: %1 en %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>%1/s for %2</source>
        <translation>%1/s durante %2</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source> · at most %1 in flight</source>
        <translation> · como máximo %1 en curso</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Signed: manifest.json holds a SHA-256 of every file and its signature; open the package in CanaryDesk&apos;s viewer or run `canarydesk verify` to check it.</source>
        <translation>Firmado: manifest.json guarda un SHA-256 de cada fichero y su firma; abra el paquete en el visor de CanaryDesk o ejecute `canarydesk verify` para comprobarlo.</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Criterios del gate</translation>
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
        <translation>%1 hallazgo(s) más en las páginas siguientes.</translation>
    </message>
    <message>
        <source>More findings</source>
        <translation>Más hallazgos</translation>
    </message>
    <message>
        <source>Appendix: the scenario as run</source>
        <translation>Anexo: el escenario tal como se ejecutó</translation>
    </message>
    <message>
        <source>Episodes are the stretches of the run where something went wrong — requests without an answer, 5xx or 429 bursts, seconds over the latency limit, /health failing, token failures, the load generator paused — cut from its per-second record; the charts shade them.</source>
        <translation>Los episodios son los tramos de la ejecución en que algo fue mal — solicitudes sin respuesta, ráfagas de 5xx o 429, segundos por encima del límite de latencia, /health fallando, fallos de token, el generador de carga en pausa —, extraídos de su registro por segundo; los gráficos los sombrean.</translation>
    </message>
    <message>
        <source>The gate was decided early, at %1: from that moment it could no longer be met whatever the rest of the run brought (%2)%3.</source>
        <translation>El gate se decidió pronto, en %1: desde ese momento ya no podía cumplirse, trajera lo que trajera el resto de la ejecución (%2)%3.</translation>
    </message>
    <message>
        <source>; the canary stopped then</source>
        <translation>; el canary se detuvo entonces</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Caveat: %1</source>
        <translation>Salvedad: %1</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Cifras</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>avg</source>
        <translation>media</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín</translation>
    </message>
    <message>
        <source>med</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>no answer (timed out, refused, reset or cut short)</source>
        <translation>sin respuesta (tiempo agotado, rechazada, reiniciada o cortada)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>No Content</source>
        <translation>Sin contenido</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>Movido permanentemente</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Unauthorized (the token)</source>
        <translation>No autorizado (el token)</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Tiempo de solicitud agotado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Contenido demasiado grande</translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation>Contenido no procesable</translation>
    </message>
    <message>
        <source>Too Many Requests (rate-limited)</source>
        <translation>Demasiadas solicitudes (limitadas)</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Tiempo de espera de la puerta de enlace agotado</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>redirección</translation>
    </message>
    <message>
        <source>client error</source>
        <translation>error del cliente</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>not an HTTP status</source>
        <translation>no es un estado HTTP</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>From the first byte sent to the last byte received, as k6 reports them. &quot;From the schedule&quot; also counts the time a request waited past its planned start (coordinated omission corrected).</source>
        <translation>Del primer byte enviado al último recibido, como los da k6. «Desde el plan» cuenta también el tiempo que una solicitud esperó pasado su inicio previsto (omisión coordinada corregida).</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <source>Expected answers (2xx, 3xx)</source>
        <translation>Respuestas esperadas (2xx, 3xx)</translation>
    </message>
    <message>
        <source>From the schedule</source>
        <translation>Desde el plan</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>Dónde se fue el tiempo</translation>
    </message>
    <message>
        <source>Each request&apos;s time in k6&apos;s phases: a long wait for a connection or a TLS handshake is the client&apos;s or the network&apos;s; &quot;Waiting&quot; is the service working on the request.</source>
        <translation>El tiempo de cada solicitud en las fases de k6: una espera larga por una conexión o un handshake TLS es del cliente o de la red; «Esperando» es el servicio trabajando en la solicitud.</translation>
    </message>
    <message>
        <source>Blocked (waiting for a connection)</source>
        <translation>Bloqueada (esperando una conexión)</translation>
    </message>
    <message>
        <source>Connecting (TCP)</source>
        <translation>Conectando (TCP)</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Handshake TLS</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Waiting (time to first byte)</source>
        <translation>Esperando (tiempo hasta el primer byte)</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recibiendo</translation>
    </message>
    <message>
        <source>Answers by status code</source>
        <translation>Respuestas por código de estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Arrivals not started (dropped iterations)</source>
        <translation>Llegadas no iniciadas (dropped iterations)</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Datos enviados</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Datos recibidos</translation>
    </message>
    <message>
        <source>Requests in flight (the most in a charted second; the mean)</source>
        <translation>Solicitudes en curso (el máximo en un segundo del gráfico; la media)</translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation>Checks superados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>Superados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Share passed</source>
        <translation>Proporción superada</translation>
    </message>
    <message>
        <source>Application error log of the run&apos;s window</source>
        <translation>Registro de errores de la aplicación en la ventana de la ejecución</translation>
    </message>
    <message>
        <source>No line matched /%1/ between %2 and %3 (UTC).</source>
        <translation>Ninguna línea coincidió con /%1/ entre %2 y %3 (UTC).</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 lines matching /%3/ in the run&apos;s window; every one is in %4 in this package.</source>
        <translation>Las primeras %L1 de %L2 líneas que coinciden con /%3/ en la ventana de la ejecución; todas están en %4 en este paquete.</translation>
    </message>
    <message>
        <source>All %L1 lines matching /%2/ in the run&apos;s window (also in %3 in this package).</source>
        <translation>Las %L1 líneas que coinciden con /%2/ en la ventana de la ejecución (también en %3 en este paquete).</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>guard rail: error rate above %1 % for %2</source>
        <translation>salvaguarda: tasa de errores por encima del %1 % durante %2</translation>
    </message>
    <message>
        <source>guard rail: p95 above %1 ms for %2</source>
        <translation>salvaguarda: p95 por encima de %1 ms durante %2</translation>
    </message>
    <message>
        <source>threshold %1 %2 crossed (abortOnFail)</source>
        <translation>umbral %1 %2 superado (abortOnFail)</translation>
    </message>
    <message>
        <source>guard rail: health failed %1 times in a row</source>
        <translation>salvaguarda: la comprobación de salud falló %1 veces seguidas</translation>
    </message>
    <message>
        <source>cancelled before the load started (%1)</source>
        <translation>cancelada antes de empezar la carga (%1)</translation>
    </message>
    <message>
        <source>its certificate has expired or is not yet valid</source>
        <translation>su certificado ha caducado o aún no es válido</translation>
    </message>
    <message>
        <source>its certificate&apos;s issuer is not trusted (target.caBundle?)</source>
        <translation>el emisor de su certificado no es de confianza (¿target.caBundle?)</translation>
    </message>
    <message>
        <source>its certificate is for another host name</source>
        <translation>su certificado es para otro nombre de host</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>falló el handshake TLS</translation>
    </message>
    <message>
        <source>every request of the first %1 failed TLS (%2): nothing can reach the service, so the load stopped</source>
        <translation>todas las peticiones de los primeros %1 fallaron en TLS (%2): nada puede llegar al servicio, así que la carga se detuvo</translation>
    </message>
    <message>
        <source>the load generator was paused %1 s at %2 — the machine slept or the process was stopped: the arrivals due then were not sent, never sent late all at once</source>
        <translation>el generador de carga estuvo en pausa %1 s en %2 — el equipo se suspendió o el proceso se detuvo: las llegadas previstas entonces no se enviaron, nunca tarde y todas a la vez</translation>
    </message>
    <message>
        <source>a production canary is running (%1)</source>
        <translation>un canary de producción está en ejecución (%1)</translation>
    </message>
    <message>
        <source>the gate was decided at %1</source>
        <translation>el gate se decidió en %1</translation>
    </message>
    <message>
        <source>stopped by the operator (Ctrl+C, SIGINT)</source>
        <translation>detenida por el operador (Ctrl+C, SIGINT)</translation>
    </message>
    <message>
        <source>stopped: the terminal or session closed (SIGHUP)</source>
        <translation>detenida: se cerró el terminal o la sesión (SIGHUP)</translation>
    </message>
    <message>
        <source>stopped by a request to end the process (SIGTERM)</source>
        <translation>detenida por una petición de terminar el proceso (SIGTERM)</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>empty duration (expected e.g. &quot;30s&quot;, &quot;30m&quot;, &quot;1h30m&quot;)</source>
        <translation>duración vacía (se esperaba p. ej. &quot;30s&quot;, &quot;30m&quot;, &quot;1h30m&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: expected a number at position %2</source>
        <translation>&quot;%1&quot; no es una duración: se esperaba un número en la posición %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: bad number &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no es una duración: número no válido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: missing or unknown unit after %2 (use h, m, s or ms)</source>
        <translation>&quot;%1&quot; no es una duración: falta la unidad o es desconocida tras %2 (use h, m, s o ms)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long a duration</source>
        <translation>&quot;%1&quot; es una duración demasiado larga</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>is required (%1)</source>
        <translation>es obligatorio (%1)</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>debe ser una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>debe ser un número, se encontró %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>debe ser un número entero, se encontró %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>debe ser true o false, se encontró %1</translation>
    </message>
    <message>
        <source>must be a duration string such as &quot;30s&quot; or &quot;30m&quot;, got %1</source>
        <translation>debe ser una duración como &quot;30s&quot; o &quot;30m&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>debe ser un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>debe ser un array, se encontró %1</translation>
    </message>
    <message>
        <source>unknown key (known keys here: %1)</source>
        <translation>clave desconocida (claves conocidas aquí: %1)</translation>
    </message>
    <message>
        <source>the Authorization header comes from the auth profile; a token written here would leak into files and logs</source>
        <translation>la cabecera Authorization viene del perfil de autenticación; un token escrito aquí acabaría en ficheros y registros</translation>
    </message>
    <message>
        <source>looks like a credential header: a value written here would be sent as it is and written into run.json and the report; store it in the OS keychain and name the entry instead: {&quot;secretKey&quot;: &quot;entry-name&quot;}</source>
        <translation>parece una cabecera de credenciales: un valor escrito aquí se enviaría tal cual y se escribiría en run.json y en el informe; guárdelo en el llavero del sistema y nombre la entrada: {&quot;secretKey&quot;: &quot;entry-name&quot;}</translation>
    </message>
    <message>
        <source>secrets never belong in a scenario file; store it in the OS keychain (Credentials) or set CANARYDESK_CLIENT_SECRET for one run</source>
        <translation>los secretos nunca van en un fichero de escenario; guárdelo en el llavero del sistema (Credenciales) o defina CANARYDESK_CLIENT_SECRET para una ejecución</translation>
    </message>
    <message>
        <source>must not carry a user name or password (user:password@): it would be written into run.json and the report; store credentials in the OS keychain (Credentials), got &quot;%1&quot;</source>
        <translation>no puede llevar usuario ni contraseña (user:password@): se escribirían en run.json y en el informe; guarde las credenciales en el llavero del sistema (Credenciales), se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL%1, got &quot;%2&quot;</source>
        <translation>debe ser una URL http:// o https://%1, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source> or a path starting with /</source>
        <translation> o una ruta que empiece por /</translation>
    </message>
    <message>
        <source>must be longer than 0s, got &quot;%1&quot;</source>
        <translation>debe ser mayor que 0s, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not have a query or fragment; put them in path</source>
        <translation>no puede tener consulta ni fragmento; póngalos en path</translation>
    </message>
    <message>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation>debe ser uno de %1, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must start with /, got &quot;%1&quot;</source>
        <translation>debe empezar por /, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object here must be {&quot;secretKey&quot;: &quot;&lt;keychain entry&gt;&quot;}, naming the OS keychain entry that holds the value</source>
        <translation>un objeto aquí debe ser {&quot;secretKey&quot;: &quot;&lt;entrada del llavero&gt;&quot;}, con el nombre de la entrada del llavero del sistema que guarda el valor</translation>
    </message>
    <message>
        <source>is not a valid header name: only letters, digits and !#$%&amp;&apos;*+-.^_`|~ (RFC 9110 token), no spaces, CR or LF</source>
        <translation>no es un nombre de cabecera válido: solo letras, dígitos y !#$%&amp;&apos;*+-.^_`|~ (token de RFC 9110), sin espacios, CR ni LF</translation>
    </message>
    <message>
        <source>must not contain CR, LF, NUL or other control characters (they would end the header and smuggle another)</source>
        <translation>no puede contener CR, LF, NUL ni otros caracteres de control (terminarían la cabecera e introducirían otra)</translation>
    </message>
    <message>
        <source>must be a string template or a JSON object/array, got %1</source>
        <translation>debe ser una plantilla de texto o un objeto/array JSON, se encontró %1</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} (known: uuid, seq, timestamp, worker, env.NAME, pick:a|b|c)</source>
        <translation>marcador desconocido {{%1}} (conocidos: uuid, seq, timestamp, worker, env.NAME, pick:a|b|c)</translation>
    </message>
    <message>
        <source>%1 looks like a secret: the body is sent to the target, so it may not read it</source>
        <translation>%1 parece un secreto: el cuerpo se envía al destino, así que no puede leerlo</translation>
    </message>
    <message>
        <source>{{env.%1}} reads the environment variable %1, which target.environment does not list (list it there to allow it)</source>
        <translation>{{env.%1}} lee la variable de entorno %1, que target.environment no incluye (añádala allí para permitirla)</translation>
    </message>
    <message>
        <source>must be &quot;1.1&quot; or &quot;2&quot;, got &quot;%1&quot;</source>
        <translation>debe ser &quot;1.1&quot; o &quot;2&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;constant-arrival-rate&quot; or &quot;ramping-arrival-rate&quot;, got &quot;%1&quot;</source>
        <translation>debe ser &quot;constant-arrival-rate&quot; o &quot;ramping-arrival-rate&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only applies to ramping-arrival-rate</source>
        <translation>solo se aplica a ramping-arrival-rate</translation>
    </message>
    <message>
        <source>must be &gt;= 0, got %1</source>
        <translation>debe ser &gt;= 0, se encontró %1</translation>
    </message>
    <message>
        <source>needs at least one stage</source>
        <translation>necesita al menos una etapa</translation>
    </message>
    <message>
        <source>constant-arrival-rate takes exactly one stage, got %1 (use ramping-arrival-rate for several)</source>
        <translation>constant-arrival-rate admite exactamente una etapa, se encontraron %1 (use ramping-arrival-rate para varias)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;rate&quot;: 250, &quot;duration&quot;: &quot;30m&quot;}, got %1</source>
        <translation>debe ser un objeto como {&quot;rate&quot;: 250, &quot;duration&quot;: &quot;30m&quot;}, se encontró %1</translation>
    </message>
    <message>
        <source>must be %1 0, got %2</source>
        <translation>debe ser %1 0, se encontró %2</translation>
    </message>
    <message>
        <source>must be at most 1000000, got %1</source>
        <translation>debe ser como máximo 1000000, se encontró %1</translation>
    </message>
    <message>
        <source>must be longer than 0s</source>
        <translation>debe ser mayor que 0s</translation>
    </message>
    <message>
        <source>every rate is 0: the profile sends nothing</source>
        <translation>todas las tasas son 0: el perfil no envía nada</translation>
    </message>
    <message>
        <source>must be between 1 and 100000, got %1</source>
        <translation>debe estar entre 1 y 100000, se encontró %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>must be &quot;basic&quot; (HTTP Basic, RFC 6749 §2.3.1) or &quot;body&quot; (client_id/client_secret form fields), got &quot;%1&quot;</source>
        <translation>debe ser &quot;basic&quot; (HTTP Basic, RFC 6749 §2.3.1) o &quot;body&quot; (campos de formulario client_id/client_secret), se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an environment variable name, got &quot;%1&quot;</source>
        <translation>debe ser el nombre de una variable de entorno, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;oauth2-client-credentials&quot; or &quot;static-bearer&quot;, got &quot;%1&quot;</source>
        <translation>debe ser &quot;none&quot;, &quot;oauth2-client-credentials&quot; o &quot;static-bearer&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs at least one status code</source>
        <translation>necesita al menos un código de estado</translation>
    </message>
    <message>
        <source>must be an HTTP status code (100-599), got %1</source>
        <translation>debe ser un código de estado HTTP (100-599), se encontró %1</translation>
    </message>
    <message>
        <source>must be a JSON pointer starting with / (e.g. &quot;/status&quot;), got &quot;%1&quot;</source>
        <translation>debe ser un puntero JSON que empiece por / (p. ej. &quot;/status&quot;), se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs at least one value that means delivered</source>
        <translation>necesita al menos un valor que signifique entregado</translation>
    </message>
    <message>
        <source>must be a threshold string like &quot;p(95)&lt;250&quot; or an object {&quot;threshold&quot;: ..., &quot;abortOnFail&quot;: true}, got %1</source>
        <translation>debe ser un umbral como &quot;p(95)&lt;250&quot; o un objeto {&quot;threshold&quot;: ..., &quot;abortOnFail&quot;: true}, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is a %2 metric, which has no %3 (use %4)</source>
        <translation>%1 es una métrica de tipo %2, que no tiene %3 (use %4)</translation>
    </message>
    <message>
        <source>unknown gate profile &quot;%1&quot; (known: %2)</source>
        <translation>perfil de gate desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <source>unknown metric (known: %1)</source>
        <translation>métrica desconocida (conocidas: %1)</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (0.99 = 99 % of the target rate), got %1</source>
        <translation>debe estar entre 0 y 1 (0.99 = 99 % de la tasa objetivo), se encontró %1</translation>
    </message>
    <message>
        <source>a custom gate needs at least one threshold</source>
        <translation>un gate personalizado necesita al menos un umbral</translation>
    </message>
    <message>
        <source>must be between 0 (off) and 1000, got %1</source>
        <translation>debe estar entre 0 (desactivado) y 1000, se encontró %1</translation>
    </message>
    <message>
        <source>needs at least one file pattern or one command</source>
        <translation>necesita al menos un patrón de fichero o un comando</translation>
    </message>
    <message>
        <source>[%1] is empty</source>
        <translation>[%1] está vacío</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 at offset %2</source>
        <translation>no es una expresión regular válida: %1 en la posición %2</translation>
    </message>
    <message>
        <source>must be &quot;sendgrid&quot;, got &quot;%1&quot;</source>
        <translation>debe ser &quot;sendgrid&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be above 0 and at most 100, got %1</source>
        <translation>debe ser mayor que 0 y como máximo 100, se encontró %1</translation>
    </message>
    <message>
        <source>must be above 0, got %1</source>
        <translation>debe ser mayor que 0, se encontró %1</translation>
    </message>
    <message>
        <source>names no limit (errorRatePercent, p95Ms)</source>
        <translation>no indica ningún límite (errorRatePercent, p95Ms)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: {%2})</source>
        <translation>marcador desconocido {%1} (conocidos: {%2})</translation>
    </message>
    <message>
        <source>is a file name and must not contain /, \ or ..</source>
        <translation>es un nombre de fichero y no puede contener /, \ ni ..</translation>
    </message>
    <message>
        <source>is %1, made by a newer CanaryDesk; this one reads version %2</source>
        <translation>es %1, creado por un CanaryDesk más reciente; este lee la versión %2</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>debe ser %1, se encontró %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object at the top level</source>
        <translation>un escenario debe ser un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>cannot open scenario file: %1</source>
        <translation>no se puede abrir el fichero de escenario: %1</translation>
    </message>
    <message>
        <source>is %1 bytes; a scenario file is at most 4 MiB</source>
        <translation>ocupa %1 bytes; un fichero de escenario tiene como máximo 4 MiB</translation>
    </message>
    <message>
        <source>empty threshold (expected e.g. &quot;p(95)&lt;250&quot; or &quot;rate&lt;0.005&quot;)</source>
        <translation>umbral vacío (se esperaba p. ej. &quot;p(95)&lt;250&quot; o &quot;rate&lt;0.005&quot;)</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;p&apos; (percentiles are written p(95))</source>
        <translation>se esperaba &apos;(&apos; tras &apos;p&apos; (los percentiles se escriben p(95))</translation>
    </message>
    <message>
        <source>expected a percentile between 0 and 100 inside p(...)</source>
        <translation>se esperaba un percentil entre 0 y 100 dentro de p(...)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after the percentile</source>
        <translation>se esperaba &apos;)&apos; tras el percentil</translation>
    </message>
    <message>
        <source>expected an aggregation (avg, min, max, med, p(N), rate, count or value) at the start</source>
        <translation>se esperaba una agregación al principio (avg, min, max, med, p(N), rate, count o value)</translation>
    </message>
    <message>
        <source>unknown aggregation &apos;%1&apos; (expected avg, min, max, med, p(N), rate, count or value)</source>
        <translation>agregación desconocida &apos;%1&apos; (se esperaba avg, min, max, med, p(N), rate, count o value)</translation>
    </message>
    <message>
        <source>expected an operator (&lt;, &lt;=, &gt;, &gt;=, ==, !=) after &apos;%1&apos;</source>
        <translation>se esperaba un operador (&lt;, &lt;=, &gt;, &gt;=, ==, !=) tras &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number after &apos;%1&apos;</source>
        <translation>se esperaba un número tras &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2</source>
        <translation>&apos;%1&apos; inesperado tras %2</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, one of CanaryDesk&apos;s own keychain entries (canarydesk-…, such as its signing key): a scenario can never read them; name the entry that holds the credential</source>
        <translation>nombra «%1», una de las entradas propias de CanaryDesk en el llavero (canarydesk-…, como su clave de firma): un escenario nunca puede leerlas; nombre la entrada que guarda la credencial</translation>
    </message>
    <message>
        <source>%1 holds one of CanaryDesk&apos;s own credentials: a scenario can never send it to a target</source>
        <translation>%1 guarda una de las credenciales propias de CanaryDesk: un escenario nunca puede enviarla a un destino</translation>
    </message>
    <message>
        <source>must be k6 Cloud&apos;s numeric stack id, got &quot;%1&quot;</source>
        <translation>debe ser el id numérico del stack de k6 Cloud, se recibió «%1»</translation>
    </message>
    <message>
        <source>must be a relative folder without .. (a scenario does not choose where on this machine its evidence lands: the operator does — --out, or Export Evidence in the console)</source>
        <translation>debe ser una carpeta relativa sin .. (no es un escenario quien elige dónde quedan sus evidencias en esta máquina, sino el operador: --out, o Exportar evidencias en la consola)</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>the operator&apos;s key, kept in the desktop&apos;s keychain</source>
        <translation>la clave del operador, guardada en el llavero del escritorio</translation>
    </message>
    <message>
        <source>a key given to this run in CANARYDESK_SIGNING_KEY (CI)</source>
        <translation>una clave dada a esta ejecución en CANARYDESK_SIGNING_KEY (CI)</translation>
    </message>
    <message>
        <source>a one-time key made for this run only (the machine that ran it had no keychain): compare its fingerprint with the one the operator reports</source>
        <translation>una clave de un solo uso creada solo para esta ejecución (la máquina que la ejecutó no tenía llavero): compare su huella con la que indique el operador</translation>
    </message>
    <message>
        <source>Signed with key %1 — %2. Every file&apos;s SHA-256 is in manifest.json under that signature; check it with `canarydesk verify` on this folder or .zip, or open it in CanaryDesk&apos;s viewer.</source>
        <translation>Firmado con la clave %1 — %2. El SHA-256 de cada archivo está en manifest.json bajo esa firma; compruébelo con `canarydesk verify` sobre esta carpeta o .zip, o ábralo en el visor de CanaryDesk.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>%1 pts por debajo del límite</translation>
    </message>
    <message>
        <source>%1 pts over the limit</source>
        <translation>%1 pts por encima del límite</translation>
    </message>
    <message>
        <source>%1 pts above the limit</source>
        <translation>%1 pts por encima del límite</translation>
    </message>
    <message>
        <source>%1 pts below the limit</source>
        <translation>%1 pts por debajo del límite</translation>
    </message>
    <message>
        <source>%1 × under the limit</source>
        <translation>%1 × por debajo del límite</translation>
    </message>
    <message>
        <source>%1 under the limit%2</source>
        <translation>%1 por debajo del límite%2</translation>
    </message>
    <message>
        <source>%1 over the limit%2</source>
        <translation>%1 por encima del límite%2</translation>
    </message>
    <message>
        <source>%1 above the limit%2</source>
        <translation>%1 por encima del límite%2</translation>
    </message>
    <message>
        <source>%1 below the limit%2</source>
        <translation>%1 por debajo del límite%2</translation>
    </message>
    <message>
        <source>%1 %2 (needs %3)</source>
        <translation>%1 %2 (requiere %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>stopped at %1 (%2)</source>
        <translation>detenida en %1 (%2)</translation>
    </message>
    <message>
        <source>ran %1</source>
        <translation>duró %1</translation>
    </message>
    <message>
        <source>%1 /s over the %2 that ran (%3 requests)</source>
        <translation>%1 /s en los %2 que duró (%3 peticiones)</translation>
    </message>
    <message>
        <source>%1 /s (%2 requests)</source>
        <translation>%1 /s (%2 peticiones)</translation>
    </message>
    <message>
        <source>%1 % of the rate asked for</source>
        <translation>%1 % de la tasa pedida</translation>
    </message>
    <message>
        <source>request rate %1 /s of %2 /s</source>
        <translation>tasa de peticiones %1 /s de %2 /s</translation>
    </message>
    <message>
        <source>%1 over the limit</source>
        <translation>%1 por encima del límite</translation>
    </message>
    <message>
        <source>%1 requests dropped at the in-flight cap</source>
        <translation>%1 peticiones descartadas en el límite de peticiones en curso</translation>
    </message>
    <message>
        <source>a hole: %1 arrivals not sent while the client was paused</source>
        <translation>un hueco: %1 llegadas no enviadas mientras el cliente estaba en pausa</translation>
    </message>
    <message>
        <source>run interrupted, the evidence is incomplete</source>
        <translation>ejecución interrumpida, la evidencia está incompleta</translation>
    </message>
    <message>
        <source>a request already took %1</source>
        <translation>una solicitud ya tardó %1</translation>
    </message>
    <message>
        <source>at least %1 whatever the rest of the run brings</source>
        <translation>al menos %1, traiga lo que traiga el resto de la ejecución</translation>
    </message>
    <message>
        <source>%1 requests already took longer than %2 — more than the %3 % of the at most %4 requests of the run that p(%5) lets through</source>
        <translation>%1 solicitudes ya tardaron más de %2 — más del %3 % de las como mucho %4 solicitudes de la ejecución que p(%5) permite</translation>
    </message>
    <message>
        <source>at least %1 whatever the rest of the run brings (%2 of at most %3 requests)</source>
        <translation>al menos %1, traiga lo que traiga el resto de la ejecución (%2 de como mucho %3 solicitudes)</translation>
    </message>
    <message>
        <source>at most %1 whatever the rest of the run brings (%2 of at most %3 requests already missing)</source>
        <translation>como mucho %1, traiga lo que traiga el resto de la ejecución (ya faltan %2 de como mucho %3 solicitudes)</translation>
    </message>
    <message>
        <source>already %1</source>
        <translation>ya %1</translation>
    </message>
    <message>
        <source>%1 can no longer be %2: %3</source>
        <translation>%1 ya no puede ser %2: %3</translation>
    </message>
    <message>
        <source>%1 arrivals dropped, more than the %2 allowed</source>
        <translation>%1 llegadas descartadas, más de las %2 permitidas</translation>
    </message>
    <message>
        <source>%1 arrivals dropped: at most %2 of the %3 planned requests can still be sent, fewer than the %4 % the rate needs</source>
        <translation>%1 llegadas descartadas: como mucho %2 de las %3 solicitudes planificadas pueden enviarse aún, menos del %4 % que necesita la tasa</translation>
    </message>
    <message>
        <source>decided at %1 and stopped then (%2)</source>
        <translation>decidido en %1 y detenido entonces (%2)</translation>
    </message>
    <message>
        <source>the results hold invalid data (%1)</source>
        <translation>los resultados contienen datos no válidos (%1)</translation>
    </message>
    <message>
        <source>TLS certificates were not verified (target.insecure): whatever answered at the target&apos;s address was measured, and nothing proves it was the service</source>
        <translation>Los certificados TLS no se verificaron (target.insecure): se midió lo que respondió en la dirección del destino, y nada prueba que fuera el servicio</translation>
    </message>
</context>
<context>
    <name>canary::ui::CompareView</name>
    <message>
        <source>Latency p95 (ms) of both runs</source>
        <translation>Latencia p95 (ms) de ambas ejecuciones</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CanaryDesk — compare runs</source>
        <translation>CanaryDesk — comparar ejecuciones</translation>
    </message>
    <message>
        <source>Reading both runs…</source>
        <translation>Leyendo ambas ejecuciones…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Run A</source>
        <translation>Ejecución A</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>Ejecución B</translation>
    </message>
    <message>
        <source>Both runs&apos; numbers side by side</source>
        <translation>Las cifras de ambas ejecuciones lado a lado</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
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
        <translation> (%1%2 % de A)</translation>
    </message>
    <message>
        <source>&amp;Export comparison…</source>
        <translation>&amp;Exportar comparación…</translation>
    </message>
    <message>
        <source>Change (B − A), 95 % interval: rates in percentage points</source>
        <translation>Cambio (B − A), intervalo del 95 %: tasas en puntos porcentuales</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <source>Write the comparison as one self-contained HTML page, to mail or attach</source>
        <translation>Escribir la comparación como una página HTML autónoma, para enviar o adjuntar</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Página HTML (*.html)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <source> · 95 %: %1 to %2</source>
        <translation> · 95 %: %1 a %2</translation>
    </message>
    <message>
        <source> (spread changed)</source>
        <translation> (cambió la dispersión)</translation>
    </message>
    <message>
        <source>Verdict (own gate)</source>
        <translation>Veredicto (gate propio)</translation>
    </message>
    <message>
        <source>A&apos;s limit ≤ %1 ms</source>
        <translation>límite de A ≤ %1 ms</translation>
    </message>
    <message>
        <source>B&apos;s limit ≤ %1 ms</source>
        <translation>límite de B ≤ %1 ms</translation>
    </message>
</context>
<context>
    <name>canary::ui::ConsoleActions</name>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>Load a canary scenario (JSON)</source>
        <translation>Cargar un escenario canary (JSON)</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Package…</source>
        <translation>Abrir &amp;paquete de evidencias…</translation>
    </message>
    <message>
        <source>View an evidence package read-only (its manifest.json, or a .zip); a folder can also be dropped here</source>
        <translation>Ver un paquete de evidencias en solo lectura (su manifest.json o un .zip); también se puede soltar una carpeta aquí</translation>
    </message>
    <message>
        <source>&amp;Import k6 Results…</source>
        <translation>&amp;Importar resultados de k6…</translation>
    </message>
    <message>
        <source>Turn k6 output made elsewhere (--out json, handleSummary, --summary-export) into an evidence package</source>
        <translation>Convertir la salida de k6 generada en otro lugar (--out json, handleSummary, --summary-export) en un paquete de evidencias</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Past runs: open, compare two, export again</source>
        <translation>Ejecuciones anteriores: abrir, comparar dos, exportar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Edit Scenario…</source>
        <translation>&amp;Editar escenario…</translation>
    </message>
    <message>
        <source>Change the scenario in a form (checked as you type) or as JSON, and send one test request</source>
        <translation>Cambiar el escenario en un formulario (comprobado al escribir) o como JSON, y enviar una petición de prueba</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Guardar escenario &amp;como…</translation>
    </message>
    <message>
        <source>Save the scenario to a file</source>
        <translation>Guardar el escenario en un archivo</translation>
    </message>
    <message>
        <source>▶ &amp;Start</source>
        <translation>▶ &amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the canary against the scenario&apos;s target (asks first: this is real traffic)</source>
        <translation>Iniciar el canary contra el destino del escenario (pregunta antes: es tráfico real)</translation>
    </message>
    <message>
        <source>■ S&amp;top</source>
        <translation>■ &amp;Detener</translation>
    </message>
    <message>
        <source>Stop gracefully: no new requests, in-flight ones finish, evidence is written</source>
        <translation>Detener ordenadamente: sin nuevas peticiones, las en curso terminan, se escriben las evidencias</translation>
    </message>
    <message>
        <source>✖ &amp;Abort</source>
        <translation>✖ A&amp;bortar</translation>
    </message>
    <message>
        <source>Stop at once: in-flight requests are cut off; evidence is still written</source>
        <translation>Detener de inmediato: se cortan las peticiones en curso; las evidencias se escriben igualmente</translation>
    </message>
    <message>
        <source>&amp;Export Evidence…</source>
        <translation>&amp;Exportar evidencias…</translation>
    </message>
    <message>
        <source>Copy the signed evidence package of the last run to a folder of your choice</source>
        <translation>Copiar el paquete de evidencias firmado de la última ejecución a una carpeta de su elección</translation>
    </message>
    <message>
        <source>Export Evidence as &amp;Zip…</source>
        <translation>Exportar evidencias como &amp;zip…</translation>
    </message>
    <message>
        <source>Write the signed evidence package of the last run as one .zip file, to mail or attach</source>
        <translation>Escribir el paquete de evidencias firmado de la última ejecución como un único archivo .zip, para enviarlo o adjuntarlo</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>OAuth2 client profiles; secrets stay in the OS keychain</source>
        <translation>Perfiles de cliente OAuth2; los secretos quedan en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit CanaryDesk</source>
        <translation>Salir de CanaryDesk</translation>
    </message>
    <message>
        <source>&amp;About CanaryDesk</source>
        <translation>&amp;Acerca de CanaryDesk</translation>
    </message>
    <message>
        <source>Scenario &amp;Details</source>
        <translation>&amp;Detalles del escenario</translation>
    </message>
    <message>
        <source>Show or hide the scenario summary and gate</source>
        <translation>Mostrar u ocultar el resumen del escenario y el gate</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Monitores</translation>
    </message>
    <message>
        <source>Show or hide health, application logs and the timeline beside the charts</source>
        <translation>Mostrar u ocultar salud, registros de la aplicación y cronología junto a los gráficos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>E&amp;videncias</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Engine: CanaryDesk</source>
        <translation>Motor: CanaryDesk</translation>
    </message>
    <message>
        <source>Engine: k6</source>
        <translation>Motor: k6</translation>
    </message>
    <message>
        <source>Load engine</source>
        <translation>Motor de carga</translation>
    </message>
    <message>
        <source>CanaryDesk&apos;s own engine, or k6 on this machine (CANARYDESK_K6 or k6 on PATH), followed live and packaged the same way</source>
        <translation>El motor propio de CanaryDesk o k6 en esta máquina (CANARYDESK_K6 o k6 en el PATH), seguido en vivo y empaquetado igual</translation>
    </message>
    <message>
        <source>● IDLE</source>
        <translation>● EN ESPERA</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <source>Stop When &amp;Decided</source>
        <translation>Detener al &amp;decidirse</translation>
    </message>
    <message>
        <source>End the canary the moment the gate is lost beyond recovery (a FAIL decided early, the package complete); a run that could still pass is never stopped</source>
        <translation>Terminar el canary en el momento en que el gate se pierde sin remedio (un FAIL decidido pronto, el paquete completo); nunca se detiene una ejecución que aún podría pasar</translation>
    </message>
    <message>
        <source>&amp;View as Stakeholder</source>
        <translation>&amp;Ver como interesado</translation>
    </message>
    <message>
        <source>Open the last run&apos;s package in the read-only viewer, as the people you send it to will see it</source>
        <translation>Abrir el paquete de la última ejecución en el visor de solo lectura, como lo verán sus destinatarios</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Folder</source>
        <translation>Abrir la &amp;carpeta de evidencias</translation>
    </message>
    <message>
        <source>Show the last run&apos;s package folder in the file manager</source>
        <translation>Mostrar la carpeta del paquete de la última ejecución en el gestor de archivos</translation>
    </message>
    <message>
        <source>Post Checkpoint to &amp;Slack…</source>
        <translation>Publicar el checkpoint en &amp;Slack…</translation>
    </message>
    <message>
        <source>Preview the checkpoint update as Slack will show it, then post it to the channel&apos;s incoming webhook</source>
        <translation>Ver la actualización del checkpoint como la mostrará Slack y luego publicarla en el webhook entrante del canal</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, and its keys</source>
        <translation>Cada orden que tiene un atajo, y sus teclas</translation>
    </message>
</context>
<context>
    <name>canary::ui::CredentialsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>HTTP Basic (RFC 6749 default)</source>
        <translation>HTTP Basic (predeterminado según RFC 6749)</translation>
    </message>
    <message>
        <source>Form body (client_id, client_secret)</source>
        <translation>Campos del formulario (client_id, client_secret)</translation>
    </message>
    <message>
        <source>Write-only: the secret goes to the OS keychain and is never shown again.</source>
        <translation>Solo escritura: el secreto va al llavero del sistema y nunca se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL del token:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Id de cliente:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Autenticación del cliente:</translation>
    </message>
    <message>
        <source>No secret stored yet.</source>
        <translation>Aún no hay secreto guardado.</translation>
    </message>
    <message>
        <source>Removed %1 and its secret.</source>
        <translation>Se quitaron %1 y su secreto.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>guardado — escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no guardado</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>the token URL must be an http:// or https:// URL</source>
        <translation>la URL del token debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <source>the client id is empty</source>
        <translation>el id de cliente está vacío</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No guardado: %1.</translation>
    </message>
    <message>
        <source>Saved %1, but the secret was not stored: %2</source>
        <translation>%1 guardado, pero el secreto no se guardó: %2</translation>
    </message>
    <message>
        <source>Fetching a token…</source>
        <translation>Obteniendo un token…</translation>
    </message>
    <message>
        <source>✓ %1 token, lifetime %2 s, fetched in %3 ms.</source>
        <translation>✓ Token %1, vigencia %2 s, obtenido en %3 ms.</translation>
    </message>
    <message>
        <source>OAuth2 client secret</source>
        <translation>Secreto de cliente OAuth2</translation>
    </message>
    <message>
        <source>API key or header value (also the SendGrid key)</source>
        <translation>Clave de API o valor de cabecera (también la clave de SendGrid)</translation>
    </message>
    <message>
        <source>Slack incoming webhook URL</source>
        <translation>URL del webhook entrante de Slack</translation>
    </message>
    <message>
        <source>k6 Cloud token</source>
        <translation>Token de k6 Cloud</translation>
    </message>
    <message>
        <source>Kind of credential</source>
        <translation>Tipo de credencial</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>Where this secret may be sent: scheme://host[:port], separated by commas. A run sends it nowhere else, whatever a scenario says. For a client secret: the token URL&apos;s origin and the target&apos;s (the token it buys goes there).</source>
        <translation>Adónde se puede enviar este secreto: scheme://host[:port], separados por comas. Una ejecución no lo envía a ningún otro sitio, diga lo que diga un escenario. Para un secreto de cliente: el origen de la URL del token y el del destino (allí va el token que obtiene).</translation>
    </message>
    <message>
        <source>The keychain entry name; scenarios name it as auth.secretKey (default: the client id), a header&apos;s secretKey or monitors.provider.apiKeySecretKey.</source>
        <translation>El nombre de la entrada del llavero; los escenarios lo nombran como auth.secretKey (por defecto: el id de cliente), el secretKey de una cabecera o monitors.provider.apiKeySecretKey.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>May be sent to:</source>
        <translation>Puede enviarse a:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>keychain locked — unlock it, then reopen this entry</source>
        <translation>llavero bloqueado: desbloquéelo y vuelva a abrir esta entrada</translation>
    </message>
    <message>
        <source>⚠ A secret is stored, bound to no origin (stored before origins existed): runs send it nowhere until you name where it may go and Save.</source>
        <translation>⚠ Hay un secreto guardado, sin ningún origen (guardado antes de que existieran los orígenes): las ejecuciones no lo envían a ninguna parte hasta que indique adónde puede ir y guarde.</translation>
    </message>
    <message>
        <source>✓ A secret is stored in the OS keychain; it may be sent to %1 only.</source>
        <translation>✓ Hay un secreto guardado en el llavero del sistema; solo puede enviarse a %1.</translation>
    </message>
    <message>
        <source>name the origins it may be sent to (e.g. https://api.example.com)</source>
        <translation>indique los orígenes a los que puede enviarse (p. ej. https://api.example.com)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>names starting with canarydesk- are CanaryDesk&apos;s own</source>
        <translation>los nombres que empiezan por canarydesk- son propios de CanaryDesk</translation>
    </message>
    <message>
        <source>Saved %1; its secret is in the OS keychain, bound to %2.</source>
        <translation>%1 guardado; su secreto está en el llavero del sistema, vinculado a %2.</translation>
    </message>
    <message>
        <source>Saved %1; no secret is stored yet.</source>
        <translation>%1 guardado; aún no hay ningún secreto guardado.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>el secreto de cliente</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>typed in this dialog</source>
        <translation>escrito en este diálogo</translation>
    </message>
</context>
<context>
    <name>canary::ui::DashboardView</name>
    <message>
        <source>no gate criterion</source>
        <translation>sin criterio de gate</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Tasa de peticiones</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>HTTP failures</source>
        <translation>Fallos HTTP</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>95 % of requests answered at least this fast (the gate judges the whole run so far)</source>
        <translation>El 95 % de las peticiones respondió al menos así de rápido (el gate juzga toda la ejecución hasta ahora)</translation>
    </message>
    <message>
        <source>Share of requests whose check failed (status not expected)</source>
        <translation>Proporción de peticiones cuya comprobación falló (estado no esperado)</translation>
    </message>
    <message>
        <source>Share of requests the service reports as delivered (the scenario&apos;s delivery check)</source>
        <translation>Proporción de peticiones que el servicio informa como entregadas (comprobación de entrega del escenario)</translation>
    </message>
    <message>
        <source>Share of requests answered 4xx/5xx or not at all</source>
        <translation>Proporción de peticiones respondidas con 4xx/5xx o sin respuesta</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>Elapsed and remaining</source>
        <translation>Transcurrido y restante</translation>
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
        <translation>objetivo</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>lograda</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>no entregadas</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>gate %1</translation>
    </message>
    <message>
        <source>target %1 /s</source>
        <translation>objetivo %1 /s</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>límite %1</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>average · target %1 /s</source>
        <translation>media · objetivo %1 /s</translation>
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
        <translation>%1 descartadas · límite %2</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 of %4 requests</source>
        <translation>%1 / %2 · %3 de %4 peticiones</translation>
    </message>
    <message>
        <source>no request succeeded</source>
        <translation>ninguna solicitud tuvo éxito</translation>
    </message>
    <message>
        <source>Latency from intended send time</source>
        <translation>Latencia desde el envío previsto</translation>
    </message>
    <message>
        <source>Off: service time as k6 reports it (http_req_duration). On: measured from when the schedule wanted the request sent, so queueing in the load generator is included (what users wait).</source>
        <translation>Desactivado: tiempo de servicio como lo informa k6 (http_req_duration). Activado: medido desde que el plan quería enviar la petición, incluida la espera en el generador de carga (lo que esperan los usuarios).</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Request rate (/s)</source>
        <translation>Tasa de peticiones (/s)</translation>
    </message>
    <message>
        <source>Failures so far (%)</source>
        <translation>Fallos hasta ahora (%)</translation>
    </message>
    <message>
        <source>p95 whole run</source>
        <translation>p95 de toda la ejecución</translation>
    </message>
    <message>
        <source>errors each second</source>
        <translation>errores por segundo</translation>
    </message>
    <message>
        <source>%1 · decided at %2</source>
        <translation>%1 · decidido en %2</translation>
    </message>
    <message>
        <source> · gate lost, decided at %1</source>
        <translation> · gate perdido, decidido en %1</translation>
    </message>
</context>
<context>
    <name>canary::ui::EvidenceActions</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>no se puede copiar %1 a %2</translation>
    </message>
    <message>
        <source>Evidence exported to %1 and checked against its signed manifest.</source>
        <translation>Evidencias exportadas a %1 y comprobadas con su manifiesto firmado.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Export the evidence package to</source>
        <translation>Exportar el paquete de evidencias a</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export the evidence package as a zip file</source>
        <translation>Exportar el paquete de evidencias como archivo zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Checkpoint update posted to Slack</source>
        <translation>Actualización del checkpoint publicada en Slack</translation>
    </message>
    <message>
        <source>Slack did not take it: %1</source>
        <translation>Slack no lo aceptó: %1</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>Importando %1 …</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 importado en %2</translation>
    </message>
    <message>
        <source>the run&apos;s folder</source>
        <translation>la carpeta de la ejecución</translation>
    </message>
    <message>
        <source>no free folder for %1 in %2</source>
        <translation>no hay carpeta libre para %1 en %2</translation>
    </message>
    <message>
        <source>Not posted: the package has no slack_message.json (%1)</source>
        <translation>No publicado: el paquete no tiene slack_message.json (%1)</translation>
    </message>
</context>
<context>
    <name>canary::ui::GateChart</name>
    <message>
        <source>Point at the chart for the values at that second; drag across it to zoom to a time range, double-click (or Esc) to see the whole run again.</source>
        <translation>Señale el gráfico para ver los valores de ese segundo; arrastre sobre él para ampliar un intervalo, doble clic (o Esc) para ver de nuevo toda la ejecución.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
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
        <translation>sobre el límite</translation>
    </message>
    <message>
        <source>/health failing</source>
        <translation>/health falla</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>sin token</translation>
    </message>
    <message>
        <source>client paused</source>
        <translation>cliente en pausa</translation>
    </message>
</context>
<context>
    <name>canary::ui::HealthStrip</name>
    <message>
        <source>Recent health samples</source>
        <translation>Muestras de salud recientes</translation>
    </message>
    <message>
        <source>%1 of the last %2 samples healthy</source>
        <translation>%1 de las últimas %2 muestras sanas</translation>
    </message>
</context>
<context>
    <name>canary::ui::HealthView</name>
    <message>
        <source>Health state</source>
        <translation>Estado de salud</translation>
    </message>
    <message>
        <source>Last health answer</source>
        <translation>Última respuesta de salud</translation>
    </message>
    <message>
        <source>● waiting for the first answer from %1</source>
        <translation>● esperando la primera respuesta de %1</translation>
    </message>
    <message>
        <source>● ok · HTTP %1 in %2 ms · %3</source>
        <translation>● ok · HTTP %1 en %2 ms · %3</translation>
    </message>
    <message>
        <source>✗ FAILING · %1 · %2</source>
        <translation>✗ FALLANDO · %1 · %2</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Show the body of the last health answer</source>
        <translation>Mostrar el cuerpo de la última respuesta de salud</translation>
    </message>
</context>
<context>
    <name>canary::ui::HistoryWindow</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Compare two</source>
        <translation>&amp;Comparar dos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Remove from history</source>
        <translation>&amp;Quitar del historial</translation>
    </message>
    <message>
        <source>CanaryDesk — run history</source>
        <translation>CanaryDesk — historial de ejecuciones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Stored runs, newest first</source>
        <translation>Ejecuciones guardadas, las más recientes primero</translation>
    </message>
    <message>
        <source>Open the run&apos;s evidence package in the viewer</source>
        <translation>Abrir el paquete de evidencias de la ejecución en el visor</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare their numbers and p95 curves</source>
        <translation>Seleccione dos ejecuciones (Ctrl+clic) para comparar sus cifras y curvas p95</translation>
    </message>
    <message>
        <source>Copy the run&apos;s package elsewhere; an interrupted run gets its package built now</source>
        <translation>Copiar el paquete de la ejecución a otro lugar; una ejecución interrumpida obtiene ahora su paquete</translation>
    </message>
    <message>
        <source>Forget the run in History; its folder stays on disk</source>
        <translation>Olvidar la ejecución en el historial; su carpeta permanece en disco</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) · %1</source>
        <translation>
            <numerusform>%n ejecución · %1</numerusform>
            <numerusform>%n ejecuciones · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from history</source>
        <translation>Quitar del historial</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n run(s)? Their folders stay on disk.</source>
        <translation>
            <numerusform>¿Olvidar %n ejecución? Su carpeta permanece en disco.</numerusform>
            <numerusform>¿Olvidar %n ejecuciones? Sus carpetas permanecen en disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence package to</source>
        <translation>Exportar el paquete de evidencias a</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <source>%1 · evidence incomplete</source>
        <translation>%1 · evidencia incompleta</translation>
    </message>
    <message>
        <source> ↑ slower than the previous run</source>
        <translation> ↑ más lenta que la ejecución anterior</translation>
    </message>
    <message>
        <source> ↓ faster than the previous run</source>
        <translation> ↓ más rápida que la ejecución anterior</translation>
    </message>
</context>
<context>
    <name>canary::ui::LogView</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Hold the view still; lines keep being collected</source>
        <translation>Congelar la vista; las líneas se siguen recogiendo</translation>
    </message>
    <message>
        <source>Pause log view</source>
        <translation>Pausar la vista de registros</translation>
    </message>
    <message>
        <source>Show only log lines containing</source>
        <translation>Mostrar solo líneas de registro que contengan</translation>
    </message>
    <message>
        <source>Matching log lines</source>
        <translation>Líneas de registro coincidentes</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Show log lines of this level</source>
        <translation>Mostrar líneas de registro de este nivel</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>canary::ui::MainWindow</name>
    <message>
        <source>no scenario loaded</source>
        <translation>ningún escenario cargado</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>destino %1</translation>
    </message>
    <message>
        <source>● READY</source>
        <translation>● LISTO</translation>
    </message>
    <message>
        <source>Scenario not loaded</source>
        <translation>Escenario no cargado</translation>
    </message>
    <message>
        <source>%1 has problems; the current scenario stays loaded.</source>
        <translation>%1 tiene problemas; el escenario actual sigue cargado.</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Escenarios (*.json)</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Scenario not saved</source>
        <translation>Escenario no guardado</translation>
    </message>
    <message>
        <source>About CanaryDesk</source>
        <translation>Acerca de CanaryDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CanaryDesk %1&lt;/b&gt;&lt;p&gt;Runs a production canary, judges it against a release gate and exports evidence that people who never open a terminal can trust.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CanaryDesk %1&lt;/b&gt;&lt;p&gt;Ejecuta un canary de producción, lo evalúa frente a una puerta de publicación y exporta evidencias en las que pueden confiar quienes nunca abren una terminal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Evidence Package</source>
        <translation>Abrir paquete de evidencias</translation>
    </message>
    <message>
        <source>Evidence packages (manifest.json *.zip)</source>
        <translation>Paquetes de evidencias (manifest.json *.zip)</translation>
    </message>
    <message>
        <source>Run history unavailable: %1</source>
        <translation>Historial no disponible: %1</translation>
    </message>
    <message>
        <source>● RUNNING</source>
        <translation>● EN CURSO</translation>
    </message>
    <message>
        <source>● RUNNING %1</source>
        <translation>● EN CURSO %1</translation>
    </message>
    <message>
        <source>● STARTING</source>
        <translation>● INICIANDO</translation>
    </message>
    <message>
        <source>stopped by the operator</source>
        <translation>detenida por el operador</translation>
    </message>
    <message>
        <source>● STOPPING</source>
        <translation>● DETENIENDO</translation>
    </message>
    <message>
        <source>aborted by the operator</source>
        <translation>abortada por el operador</translation>
    </message>
    <message>
        <source>● ABORTING</source>
        <translation>● ABORTANDO</translation>
    </message>
    <message>
        <source>● NOT STARTED</source>
        <translation>● NO INICIADA</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>La ejecución no se inició: %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciada</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredicto</translation>
    </message>
    <message>
        <source>Canary %1: %2</source>
        <translation>Canary %1: %2</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <source>The run history database could not be opened.</source>
        <translation>No se pudo abrir la base de datos del historial.</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Hay una ejecución en curso</translation>
    </message>
    <message>
        <source>Abort the run and quit? The results so far stay on disk and the run appears in History as interrupted.</source>
        <translation>¿Abortar la ejecución y salir? Los resultados hasta ahora permanecen en disco y la ejecución aparece en el historial como interrumpida.</translation>
    </message>
    <message>
        <source>Evidence written to %1</source>
        <translation>Evidencias escritas en %1</translation>
    </message>
    <message>
        <source>Import k6 Results</source>
        <translation>Importar resultados de k6</translation>
    </message>
    <message>
        <source>k6 results (*.json *.json.gz *.ndjson *.gz)</source>
        <translation>Resultados de k6 (*.json *.json.gz *.ndjson *.gz)</translation>
    </message>
    <message>
        <source>k6 started</source>
        <translation>k6 iniciado</translation>
    </message>
    <message>
        <source>k6 finished: %1 %2</source>
        <translation>k6 terminó: %1 %2</translation>
    </message>
    <message>
        <source>edited scenario</source>
        <translation>escenario editado</translation>
    </message>
    <message>
        <source>Evidence incomplete in %1: not signed</source>
        <translation>Evidencia incompleta en %1: sin firmar</translation>
    </message>
    <message>
        <source>Gate lost: decided at %1 — %2</source>
        <translation>Gate perdido: decidido en %1 — %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>canary::ui::PackageViewer</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>Abriendo el paquete…</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Comprobación de firma</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Criterios del gate</translation>
    </message>
    <message>
        <source>Each criterion of the release gate: what it requires, what the run measured, and whether it passed. p95 is the latency 95 % of requests beat.</source>
        <translation>Cada criterio del gate de publicación: qué exige, qué midió la ejecución y si se cumplió. p95 es la latencia que superan el 95 % de las peticiones.</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>Qué pasó y qué hacer</translation>
    </message>
    <message>
        <source>What happened and what to do next</source>
        <translation>Qué pasó y qué hacer a continuación</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Veredicto</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Run timeline</source>
        <translation>Cronología de la ejecución</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>Error log lines inside the canary window</source>
        <translation>Líneas de error dentro de la ventana del canary</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>Files in the package</source>
        <translation>Archivos del paquete</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Archivos</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>Sobre esta ejecución</translation>
    </message>
    <message>
        <source>&amp;About the run</source>
        <translation>&amp;Sobre la ejecución</translation>
    </message>
    <message>
        <source>Cannot open: %1</source>
        <translation>No se puede abrir: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>CanaryDesk viewer — %1</source>
        <translation>Visor de CanaryDesk — %1</translation>
    </message>
    <message>
        <source>✗ This package does not match its signed manifest: %1</source>
        <translation>✗ Este paquete no coincide con su manifiesto firmado: %1</translation>
    </message>
    <message>
        <source>✓ PASS</source>
        <translation>✓ APROBADO</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ NO APROBADO</translation>
    </message>
    <message>
        <source>No application log was watched during this run.</source>
        <translation>No se vigiló ningún registro de la aplicación durante esta ejecución.</translation>
    </message>
    <message>
        <source>No matching log line inside the canary window.</source>
        <translation>Ninguna línea de registro coincidente dentro de la ventana del canary.</translation>
    </message>
    <message>
        <source>Target: %1&lt;br&gt;Started: %2 · ended %3 (UTC)&lt;br&gt;Run: %4 (%5)&lt;br&gt;Operator: %6 on %7&lt;br&gt;%8&lt;br&gt;Source: %9</source>
        <translation>Destino: %1&lt;br&gt;Inicio: %2 · fin %3 (UTC)&lt;br&gt;Ejecución: %4 (%5)&lt;br&gt;Operador: %6 en %7&lt;br&gt;%8&lt;br&gt;Origen: %9</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stopped early: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Detenida antes de tiempo: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;About the data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sobre los datos&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens a file with the desktop&apos;s application for it</source>
        <translation>Doble clic (o Intro) abre un archivo con la aplicación del escritorio para él</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Open report.html in the &amp;Browser</source>
        <translation>Abrir report.html en el &amp;navegador</translation>
    </message>
    <message>
        <source>Episodes (shaded on the charts)</source>
        <translation>Episodios (sombreados en los gráficos)</translation>
    </message>
    <message>
        <source>⚠ All %1 files are exactly as signed, by a key no other run shares. %2</source>
        <translation>⚠ Los %1 archivos están exactamente como se firmaron, con una clave que ninguna otra ejecución comparte. %2</translation>
    </message>
    <message>
        <source>✓ Signature valid: all %1 files are exactly as signed; it proves they were not changed since, not who holds the key. %2</source>
        <translation>✓ Firma válida: los %1 archivos están exactamente como se firmaron; prueba que no se cambiaron desde entonces, no quién tiene la clave. %2</translation>
    </message>
    <message>
        <source>⚠ Caveat: %1</source>
        <translation>⚠ Salvedad: %1</translation>
    </message>
</context>
<context>
    <name>canary::ui::RecentScenarios</name>
    <message>
        <source>No recent scenarios</source>
        <translation>No hay escenarios recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>canary::ui::RunView</name>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>The service&apos;s health endpoint is polled here during a run.</source>
        <translation>Aquí se consulta el endpoint de salud del servicio durante una ejecución.</translation>
    </message>
    <message>
        <source>Application logs</source>
        <translation>Registros de la aplicación</translation>
    </message>
    <message>
        <source>Matching log lines (ERROR, WARN, delivery_failure) stream here during a run.</source>
        <translation>Las líneas de registro coincidentes (ERROR, WARN, delivery_failure) aparecen aquí durante una ejecución.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Token fetches, health changes, guard rails and the verdict appear here.</source>
        <translation>Aquí aparecen las obtenciones de token, los cambios de salud, las salvaguardas y el veredicto.</translation>
    </message>
    <message>
        <source>%1 is polled every %2 during a run.</source>
        <translation>%1 se consulta cada %2 durante una ejecución.</translation>
    </message>
    <message>
        <source>/%1/ in %2</source>
        <translation>/%1/ en %2</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>canary::ui::ScenarioBar</name>
    <message>
        <source>No scenario — open one (Ctrl+O) to see what the canary will do.</source>
        <translation>Sin escenario: abra uno (Ctrl+O) para ver qué hará el canary.</translation>
    </message>
    <message>
        <source>Scenario and gate</source>
        <translation>Escenario y puerta</translation>
    </message>
    <message>
        <source>Open a scenario (Ctrl+O) to see what the canary will do.</source>
        <translation>Abra un escenario (Ctrl+O) para ver lo que hará el canary.</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 requests</source>
        <translation>%1 · %2 %3 · %4 peticiones</translation>
    </message>
</context>
<context>
    <name>canary::ui::ScenarioEditor</name>
    <message>
        <source>Edit Scenario — %1</source>
        <translation>Editar escenario — %1</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Use This Scenario</source>
        <translation>&amp;Usar este escenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Names the run, its history entry and its evidence</source>
        <translation>Da nombre a la ejecución, a su entrada del historial y a sus evidencias</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>The service under test</source>
        <translation>El servicio bajo prueba</translation>
    </message>
    <message>
        <source>Target and request</source>
        <translation>Destino y petición</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>http:// or https:// address of the service</source>
        <translation>Dirección http:// o https:// del servicio</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>HTTP method of the request under load</source>
        <translation>Método HTTP de la petición bajo carga</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Path of the endpoint under load</source>
        <translation>Ruta del endpoint bajo carga</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>Whole-request timeout, e.g. 5s or 1500ms</source>
        <translation>Tiempo límite de toda la petición, p. ej. 5s o 1500ms</translation>
    </message>
    <message>
        <source>Request body template</source>
        <translation>Plantilla del cuerpo de la petición</translation>
    </message>
    <message>
        <source>JSON; placeholders: {{seq}}, {{uuid}}, {{timestamp}}, {{pick:a|b}}, {{env.NAME}}</source>
        <translation>JSON; marcadores: {{seq}}, {{uuid}}, {{timestamp}}, {{pick:a|b}}, {{env.NAME}}</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>Plantilla del cuerpo</translation>
    </message>
    <message>
        <source>not JSON at character %1: %2</source>
        <translation>no es JSON en el carácter %1: %2</translation>
    </message>
    <message>
        <source>Send One &amp;Test Request</source>
        <translation>Enviar una petición de &amp;prueba</translation>
    </message>
    <message>
        <source>Sends this request once to the target (with a token if the scenario has OAuth2) and shows the answer and how the checks judge it</source>
        <translation>Envía esta petición una vez al destino (con token si el escenario usa OAuth2) y muestra la respuesta y cómo la juzgan las comprobaciones</translation>
    </message>
    <message>
        <source>Test request result</source>
        <translation>Resultado de la petición de prueba</translation>
    </message>
    <message>
        <source>The answer to a test request appears here.</source>
        <translation>La respuesta a una petición de prueba aparece aquí.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Most requests in flight</source>
        <translation>Máximo de peticiones en curso</translation>
    </message>
    <message>
        <source>Arrivals beyond this many open requests are counted as dropped, never queued</source>
        <translation>Las llegadas por encima de tantas peticiones abiertas se cuentan como descartadas, nunca se encolan</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Máx. en curso</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>OAuth2 client credentials, a bearer token from the environment, or none</source>
        <translation>Credenciales de cliente OAuth2, un token bearer del entorno o ninguna</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>OAuth2 token endpoint; a path is relative to the base URL</source>
        <translation>Endpoint de token OAuth2; una ruta es relativa a la URL base</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>The secret is never here: it lives in the OS keychain (File → Credentials)</source>
        <translation>El secreto nunca está aquí: vive en el llavero del sistema (Archivo → Credenciales)</translation>
    </message>
    <message>
        <source>Checks and gate</source>
        <translation>Comprobaciones y gate</translation>
    </message>
    <message>
        <source>Expected status codes</source>
        <translation>Códigos de estado esperados</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 202, 200</source>
        <translation>Separados por comas, p. ej. 202, 200</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>Estado esperado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>Delivery pointer</source>
        <translation>Puntero de entrega</translation>
    </message>
    <message>
        <source>JSON pointer into the answer, e.g. /status</source>
        <translation>Puntero JSON dentro de la respuesta, p. ej. /status</translation>
    </message>
    <message>
        <source>Comma-separated values of the pointer that mean delivered</source>
        <translation>Valores del puntero, separados por comas, que significan entregado</translation>
    </message>
    <message>
        <source>Delivered when</source>
        <translation>Entregado cuando</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Health URL</source>
        <translation>URL de salud</translation>
    </message>
    <message>
        <source>Polled during the run; a path is relative to the base URL; empty: no health monitor</source>
        <translation>Se consulta durante la ejecución; una ruta es relativa a la URL base; vacío: sin monitor de salud</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <source>constant-arrival-rate (one stage) or ramping-arrival-rate (several)</source>
        <translation>constant-arrival-rate (una etapa) o ramping-arrival-rate (varias)</translation>
    </message>
    <message>
        <source>Rate (per time unit)</source>
        <translation>Tasa (por unidad de tiempo)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Load stages</source>
        <translation>Etapas de carga</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Quitar etapa</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Scenario JSON</source>
        <translation>JSON del escenario</translation>
    </message>
    <message>
        <source>✗ line %1: %2 — the form keeps the last valid JSON</source>
        <translation>✗ línea %1: %2 — el formulario conserva el último JSON válido</translation>
    </message>
    <message>
        <source>✗ the scenario must be a JSON object</source>
        <translation>✗ el escenario debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1 requests over %2, peak %3/s</source>
        <translation>%1 peticiones en %2, pico %3/s</translation>
    </message>
    <message>
        <source>Send one test request</source>
        <translation>Enviar una petición de prueba</translation>
    </message>
    <message>
        <source>This sends one real %1 request to %2.</source>
        <translation>Esto envía una petición %1 real a %2.</translation>
    </message>
    <message>
        <source>Sending %1 %2 …</source>
        <translation>Enviando %1 %2 …</translation>
    </message>
    <message>
        <source>✗ Not sent: %1</source>
        <translation>✗ No enviada: %1</translation>
    </message>
    <message>
        <source>%1 %2 → HTTP %3 in %4 ms</source>
        <translation>%1 %2 → HTTP %3 en %4 ms</translation>
    </message>
    <message>
        <source>%1 %2 → no answer after %3 ms: %4</source>
        <translation>%1 %2 → sin respuesta tras %3 ms: %4</translation>
    </message>
    <message>
        <source>checks %1 · delivered %2 · class %3</source>
        <translation>comprobaciones %1 · entregado %2 · clase %3</translation>
    </message>
    <message>
        <source>
… (%1 bytes in all)</source>
        <translation>
… (%1 bytes en total)</translation>
    </message>
    <message>
        <source>Scenario form</source>
        <translation>Formulario del escenario</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a %1</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Quitar la fila seleccionada de %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Sent with every request; the Authorization header comes from the authentication below</source>
        <translation>Se envían con cada petición; la cabecera Authorization viene de la autenticación de abajo</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Overrides of the gate&apos;s thresholds in k6 syntax, e.g. http_req_duration  p(95)&lt;=120</source>
        <translation>Sobrescribe umbrales del gate en sintaxis de k6, p. ej. http_req_duration  p(95)&lt;=120</translation>
    </message>
    <message>
        <source>Watching the service</source>
        <translation>Vigilar el servicio</translation>
    </message>
    <message>
        <source>Health every</source>
        <translation>Salud cada</translation>
    </message>
    <message>
        <source>How often the health endpoint is polled, e.g. 5s</source>
        <translation>Con qué frecuencia se consulta el endpoint de salud, p. ej. 5s</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Ficheros de log</translation>
    </message>
    <message>
        <source>Comma-separated file patterns of the application&apos;s logs, followed during the run</source>
        <translation>Patrones de fichero de los logs de la aplicación, separados por comas, seguidos durante la ejecución</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Filtro de logs</translation>
    </message>
    <message>
        <source>Regular expression for the lines worth showing, e.g. ERROR|WARN</source>
        <translation>Expresión regular para las líneas que merece la pena mostrar, p. ej. ERROR|WARN</translation>
    </message>
    <message>
        <source>Guard rails, log commands, the e-mail provider and evidence names: in the JSON tab.</source>
        <translation>Límites de protección, comandos de log, el proveedor de correo y los nombres de las evidencias: en la pestaña JSON.</translation>
    </message>
    <message>
        <source>The release gate the run is judged against; its thresholds can be overridden below</source>
        <translation>El gate de release con el que se juzga la ejecución; sus umbrales se pueden sobrescribir abajo</translation>
    </message>
    <message>
        <source>It reads these environment variables of this machine and sends them there: %1</source>
        <translation>Lee estas variables de entorno de esta máquina y las envía allí: %1</translation>
    </message>
</context>
<context>
    <name>canary::ui::ScenarioSummaryWidget</name>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Counts as delivered</source>
        <translation>Cuenta como entregado</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Observando</translation>
    </message>
    <message>
        <source>Gate criterion</source>
        <translation>Criterio de la puerta</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Criterios de la puerta</translation>
    </message>
    <message>
        <source>The release gate: every criterion must hold for the canary to pass.
p95 = the latency that 95 % of requests beat.</source>
        <translation>La puerta de publicación: todos los criterios deben cumplirse para que el canary pase.
p95 = la latencia que supera el 95 % de las peticiones.</translation>
    </message>
    <message>
        <source>%1 requests/s for %2 (open model: arrivals do not wait for answers)</source>
        <translation>%1 peticiones/s durante %2 (modelo abierto: las llegadas no esperan respuestas)</translation>
    </message>
    <message>
        <source>ramping to a peak of %1 requests/s over %2 in %3 stages</source>
        <translation>rampa hasta un máximo de %1 peticiones/s durante %2 en %3 etapas</translation>
    </message>
    <message>
        <source> · at most %1 in flight</source>
        <translation> · como máximo %1 en curso</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>OAuth2 client credentials for %1 from %2 (secret: keychain entry &quot;%3&quot;)</source>
        <translation>Credenciales de cliente OAuth2 para %1 desde %2 (secreto: entrada del llavero «%3»)</translation>
    </message>
    <message>
        <source>bearer token from the environment variable %1</source>
        <translation>token bearer de la variable de entorno %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> and %1 is %2</source>
        <translation> y %1 es %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>health %1 every %2</source>
        <translation>salud %1 cada %2</translation>
    </message>
    <message>
        <source>logs %1</source>
        <translation>registros %1</translation>
    </message>
    <message>
        <source>%1 delivery stats</source>
        <translation>estadísticas de entrega de %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
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
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>Post the checkpoint update to Slack</source>
        <translation>Publicar la actualización del checkpoint en Slack</translation>
    </message>
    <message>
        <source>The channel will see this message:</source>
        <translation>El canal verá este mensaje:</translation>
    </message>
    <message>
        <source>The message as Slack shows it</source>
        <translation>El mensaje como lo muestra Slack</translation>
    </message>
    <message>
        <source>Reading the Slack webhook from the OS keychain…</source>
        <translation>Leyendo el webhook de Slack del llavero del sistema…</translation>
    </message>
    <message>
        <source>✓ Posts to the incoming webhook at %1 (its address stays in the keychain).</source>
        <translation>✓ Publica en el webhook entrante de %1 (su dirección se queda en el llavero).</translation>
    </message>
    <message>
        <source>✗ Not ready to post: %1. Store the channel&apos;s incoming-webhook URL under Credentials (kind “Slack incoming webhook URL”, name %2), or set %3 for this session.</source>
        <translation>✗ No está listo para publicar: %1. Guarde la URL del webhook entrante del canal en Credenciales (tipo «URL del webhook entrante de Slack», nombre %2), o defina %3 para esta sesión.</translation>
    </message>
</context>
<context>
    <name>canary::ui::StagePreview</name>
    <message>
        <source>Arrival rate over the run</source>
        <translation>Tasa de llegadas a lo largo de la ejecución</translation>
    </message>
    <message>
        <source>Peak %1 requests/s over %2 min</source>
        <translation>Pico de %1 peticiones/s en %2 min</translation>
    </message>
    <message>
        <source>no valid stages</source>
        <translation>no hay etapas válidas</translation>
    </message>
    <message>
        <source>%1 min · requests/s</source>
        <translation>%1 min · peticiones/s</translation>
    </message>
</context>
<context>
    <name>canary::ui::StartConfirmation</name>
    <message>
        <source>Start the canary?</source>
        <translation>¿Iniciar el canary?</translation>
    </message>
    <message>
        <source>This sends real traffic to the target.</source>
        <translation>Esto envía tráfico real al destino.</translation>
    </message>
    <message>
        <source>%1 %2
%3 /s for %4 — about %5 requests
Gate: %6</source>
        <translation>%1 %2
%3 /s durante %4 — unas %5 peticiones
Gate: %6</translation>
    </message>
    <message>
        <source>These commands will run on this machine to read the application&apos;s logs:
%1</source>
        <translation>Estos comandos se ejecutarán en esta máquina para leer los registros de la aplicación:
%1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>It sends (each stored secret only to the origins it is bound to):
%1</source>
        <translation>Envía (cada secreto guardado solo a los orígenes a los que está vinculado):
%1</translation>
    </message>
    <message>
        <source>TLS certificate verification is OFF for every request of the run (target.insecure).</source>
        <translation>La verificación de certificados TLS está DESACTIVADA para todas las peticiones de la ejecución (target.insecure).</translation>
    </message>
</context>
<context>
    <name>canary::ui::TimelineView</name>
    <message>
        <source>Run timeline</source>
        <translation>Cronología de la ejecución</translation>
    </message>
    <message>
        <source>Token fetched</source>
        <translation>Token obtenido</translation>
    </message>
    <message>
        <source>Token refreshed</source>
        <translation>Token renovado</translation>
    </message>
    <message>
        <source>Token request failed</source>
        <translation>Falló la solicitud del token</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token caducado</translation>
    </message>
    <message>
        <source>Health OK</source>
        <translation>Salud OK</translation>
    </message>
    <message>
        <source>Health failing</source>
        <translation>Salud fallando</translation>
    </message>
    <message>
        <source>Guard rail</source>
        <translation>Límite de seguridad</translation>
    </message>
    <message>
        <source>Log command</source>
        <translation>Comando de log</translation>
    </message>
    <message>
        <source>TLS not verified</source>
        <translation>TLS sin verificar</translation>
    </message>
    <message>
        <source>E-mail provider stats</source>
        <translation>Estadísticas del proveedor de correo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
</context>
<context>
    <name>canary::ui::VerdictBanner</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The diagnosis, the next steps and where the evidence is</source>
        <translation>El diagnóstico, los siguientes pasos y dónde están las evidencias</translation>
    </message>
    <message>
        <source>View as stakeholder</source>
        <translation>Ver como interesado</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiado</translation>
    </message>
    <message>
        <source>Post checkpoint to Slack…</source>
        <translation>Publicar el checkpoint en Slack…</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>Detalles del veredicto</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenida: %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (signed %2)</source>
        <translation>Evidencias: %1 (firmadas %2)</translation>
    </message>
    <message>
        <source>Evidence INCOMPLETE in %1 — not signed; the raw results are kept. Free the space or fix the folder, then export the run again from History.</source>
        <translation>Evidencia INCOMPLETA en %1 — sin firmar; los resultados en bruto se conservan. Libere espacio o corrija la carpeta y vuelva a exportar la ejecución desde el Historial.</translation>
    </message>
    <message>
        <source>⚠ Caveat: %1</source>
        <translation>⚠ Salvedad: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in sandbox target and load the demo scenario.</source>
        <translation>Iniciar el destino sandbox integrado y cargar el escenario de demostración.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and quit.</source>
        <translation>Guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>A scenario file to open.</source>
        <translation>Un archivo de escenario para abrir.</translation>
    </message>
    <message>
        <source>demo target: in-process sandbox on %1</source>
        <translation>destino de demostración: sandbox en proceso en %1</translation>
    </message>
    <message>
        <source>Start the scenario at once, without asking.</source>
        <translation>Iniciar el escenario de inmediato, sin preguntar.</translation>
    </message>
    <message>
        <source>With --start: take the screenshot this many seconds into the run (default: when the run has finished).</source>
        <translation>Con --start: tomar la captura tantos segundos después del inicio (por defecto: al terminar la ejecución).</translation>
    </message>
    <message>
        <source>Open an evidence package read-only: verdict, signature check, charts, what happened, logs, files.</source>
        <translation>Abrir un paquete de evidencias en solo lectura: veredicto, firma, gráficos, qué pasó, registros, archivos.</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>El subcomando.</translation>
    </message>
    <message>
        <source>The evidence folder or its .zip.</source>
        <translation>La carpeta de evidencias o su .zip.</translation>
    </message>
    <message>
        <source>Render the viewer to a PNG file and quit.</source>
        <translation>Guardar el visor como archivo PNG y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: the tab to show (0-5).</source>
        <translation>Con --screenshot: la pestaña a mostrar (0-5).</translation>
    </message>
    <message>
        <source>Compare with a second package (the first is A, the older run).</source>
        <translation>Comparar con un segundo paquete (el primero es A, la ejecución más antigua).</translation>
    </message>
    <message>
        <source>Open the verdict&apos;s details when the run has ended (for screenshots).</source>
        <translation>Abrir los detalles del veredicto cuando la ejecución haya terminado (para capturas de pantalla).</translation>
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
        <translation>Ejecutar un canary de producción, juzgarlo frente a un gate de versión, exportar evidencia firmada.

Subcomandos (cada uno con su propio --help):
  run SCENARIO        el canary sin interfaz: una línea de progreso por segundo, el veredicto, el paquete
  k6 script|run       el canary como script de k6, o ejecutado en k6 (local o k6 Cloud)
  history             las ejecuciones guardadas, la más reciente primero
  export RUN          el paquete de una ejecución guardada, de nuevo
  import FILE…        resultados o resúmenes de k6 como paquete
  compare A B         dos ejecuciones: cambios con intervalos del 95 %, cada una frente a su propio gate
  verify PACKAGE      comprobar los hashes y la firma de un paquete
  view PACKAGE        el visor de solo lectura para las partes interesadas
  credentials         guardar, listar o borrar credenciales en el llavero del sistema
  sandbox             el objetivo de demostración en 127.0.0.1</translation>
    </message>
</context>
</TS>
