<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
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
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <source>Write-only: the secret goes to the OS keychain and is never shown again.</source>
        <translation>Solo escritura: el secreto va al llavero del sistema y nunca se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>The keychain entry name; scenarios refer to it as auth.secretKey (default: the client id).</source>
        <translation>El nombre de la entrada del llavero; los escenarios lo citan como auth.secretKey (predeterminado: el id de cliente).</translation>
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
        <source>Profile id:</source>
        <translation>Id del perfil:</translation>
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
        <source>Client secret:</source>
        <translation>Secreto del cliente:</translation>
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
        <source>✓ A secret is stored in the OS keychain.</source>
        <translation>✓ Hay un secreto guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>the profile id is empty</source>
        <translation>el id del perfil está vacío</translation>
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
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Saved %1; its secret is in the OS keychain.</source>
        <translation>%1 guardado; su secreto está en el llavero del sistema.</translation>
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
</context>
<context>
    <name>canary::ui::GateChart</name>
    <message>
        <source>%g min</source>
        <translation>%g min</translation>
    </message>
    <message>
        <source>%.2f min</source>
        <translation>%.2f min</translation>
    </message>
</context>
<context>
    <name>canary::ui::MainWindow</name>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>Load a canary scenario (JSON)</source>
        <translation>Cargar un escenario canary (JSON)</translation>
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
        <source>■ S&amp;top</source>
        <translation>■ &amp;Detener</translation>
    </message>
    <message>
        <source>Stop gracefully: in-flight requests finish, evidence is written</source>
        <translation>Detener ordenadamente: las peticiones en curso terminan y se escriben las evidencias</translation>
    </message>
    <message>
        <source>✖ &amp;Abort</source>
        <translation>✖ A&amp;bortar</translation>
    </message>
    <message>
        <source>Stop at once</source>
        <translation>Detener de inmediato</translation>
    </message>
    <message>
        <source>&amp;Export Evidence…</source>
        <translation>&amp;Exportar evidencias…</translation>
    </message>
    <message>
        <source>Write the signed evidence package of the last run</source>
        <translation>Escribir el paquete de evidencias firmado de la última ejecución</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <source>● IDLE</source>
        <translation>● EN ESPERA</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Estado de la ejecución</translation>
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
        <source>Latency p95 (ms)</source>
        <translation>Latencia p95 (ms)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Errors, HTTP failures (%)</source>
        <translation>Errores, fallos HTTP (%)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>The service's health endpoint is polled here during a run.</source>
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
        <source>Token fetches, stage changes, threshold crossings and the verdict appear here.</source>
        <translation>Aquí aparecen las obtenciones de token, los cambios de etapa, los umbrales superados y el veredicto.</translation>
    </message>
    <message>
        <source>no scenario loaded</source>
        <translation>ningún escenario cargado</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>puerta %1</translation>
    </message>
    <message>
        <source>%1 is polled every %2 during a run.</source>
        <translation>%1 se consulta cada %2 durante una ejecución.</translation>
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
        <source>Runs start from the command line for now: canarydesk run (see the README).</source>
        <translation>Por ahora las ejecuciones se inician en la línea de comandos: canarydesk run (vea el README).</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>OAuth2 client profiles; secrets stay in the OS keychain</source>
        <translation>Perfiles de cliente OAuth2; los secretos quedan en el llavero del sistema</translation>
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
        <source>OAuth2 client credentials for %1 from %2 (secret: keychain entry "%3")</source>
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
    <name>main</name>
    <message>
        <source>Run a production canary, judge it against a release gate, export signed evidence.

Subcommands: sandbox (the demo target), run, export, verify, view, import, k6 — see the README.</source>
        <translation>Ejecuta un canary de producción, lo evalúa frente a una puerta de publicación y exporta evidencias firmadas.

Subcomandos: sandbox (el destino de demostración), run, export, verify, view, import, k6 — vea el README.</translation>
    </message>
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
</context>
</TS>