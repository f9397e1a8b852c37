# Informe de laboratorio (laboratory report).

== laboratorio.hemograma | HEMATOLOGÍA: | Hematología: | Serie roja: | SERIE BLANCA: | Hematimetría:
P {H} {MV/hemo}, {MV/hemo}, {MV/hemo}, {MV/hemo}.
P {H} {MV/hemo} {MV/hemo} {MV/hemo}.
P {H}\n{MV/hemo}\n{MV/hemo}\n{MV/hemo}
P {H} {MV/hemo}. {MV/hemo}. Resto normal.
P {H} {MV/hemo} (L), {MV/hemo}, {MV/hemo} (H).
P {H} {MV/hemo}, {MV/hemo}. {M/test}: {~qualnorm}.
P {H} muestra extraída tras {P/ther}: {MV/hemo}.
P {H} {MV/hemo}. Paciente en tratamiento con {D}.
N {H} muestra coagulada, no se puede procesar. Se solicita nueva muestra. {~labnote}. [{~labnote}.|]
N {H} valores dentro de los rangos de referencia del laboratorio. {~labnote}. [{~labnote}.|]
H {H} muestra recibida desde {~unit}. Revisado por {~serv}. {~labnote}. [{~labnote}.|]

== laboratorio.bioquimica | BIOQUÍMICA: | Bioquímica: | Bioquímica sérica: | BIOQUIMICA:
P {H} {MV/bioq}, {MV/bioq}, {MV/bioq}, {MV/bioq}.
P {H} {MV/bioq} {MV/bioq} {MV/bioq}.
P {H}\n{MV/bioq}\n{MV/bioq}\n{MV/bioq}\n{MV/bioq}
P {H} {MV/bioq} (H). {MV/bioq}. {MV/inflam}.
P {H} {MV/lipid}, {MV/lipid}, {MV/lipid}, {MV/lipid}.
P {H} {MV/cardio}, {MV/cardio}, {MV/bioq}.
P {H} {MV/bioq}. Comentario: valor crítico comunicado.
P {H} {MV/bioq}. Valorar en paciente con {C/chronic}.
P {H} {MV/bioq} tras {P/ther}.
N {H} muestra lipémica, resultados no valorables. {~labnote}. [{~labnote}.|]
N {H} no se ha recibido muestra. Contactar con el laboratorio. {~labnote}. [{~labnote}.|]
H {H} extracción realizada en {~ward}. Muestra conservada a temperatura ambiente durante más de cuatro horas. {~labnote}. [{~labnote}.|]

== laboratorio.gasometria | GASOMETRÍA: | Gasometría: | Gasometría venosa: | GSA:
P {H} {MV/gas}, {MV/gas}, {MV/gas}, {MV/gas}.
P {H} {MV/gas} {MV/gas} {MV/gas}.
P {H} {MV/gas}, {MV/gas}. Extraída sin aporte de oxígeno.
P {H} {MV/gas}, {MV/gas}, {MV/bioq}, {MV/bioq}.
P {H} basal: {MV/gas}, {MV/gas}, {MV/gas}.
P {H} {MV/gas}, {MV/gas} durante {P/ther}.
P {H} {MV/gas}. Compatible con {C:unc}.
N {H} muestra no válida por presencia de burbujas. Repetir. {~labnote}. [{~labnote}.|]
N {H} muestra recibida sin identificar. No se procesa. {~labnote}. [{~labnote}.|]
H {H} muestra remitida por {~unit}, procesada a las {#hour}. {~labnote}. [{~labnote}.|]

== laboratorio.microbiologia | MICROBIOLOGÍA: | Microbiología: | Cultivos: | Resultado microbiológico:
P {H} {M/culture}: {~qualneg}.
P {H} {M/culture}: {~qualneg}. {M/culture}: {~qualneg}.
P {H} {M/culture}: se aísla germen, pendiente de identificación.
P {H} {M/culture} positivo. Compatible con {C/infect:unc}.
P {H} {M/culture} negativo para {C/infect:neg}.
P {H} estudio negativo para {C/infect:neg}. {M/culture} pendiente.
P {H} {M/test}: {~qualnorm}.
P {H} muestra obtenida por {P/biopsy}: {~qualneg}.
P {H} aislamiento sensible a {D/abx}.
N {H} muestra insuficiente para cultivo. Remitir nueva muestra. {~labnote}. [{~labnote}.|]
N {H} muestra contaminada con flora mixta. Se recomienda repetir la recogida. {~labnote}. [{~labnote}.|]
H {H} muestra enviada desde {~unit}. Informe definitivo en 72 horas. {~labnote}. [{~labnote}.|]

== laboratorio.orina | ORINA: | Orina: | Sistemático y sedimento: | Análisis de orina:
P {H} {M/test}: {~qualnorm}.
P {H} {MV/bioq}. {M/culture}: {~qualneg}.
P {H} {M/test} {~qualpos}. {M/culture} en curso.
P {H} {M/test}: {~qualnorm}. Resto sin alteraciones.
P {H} {MV/bioq}. Sin signos de {C/infect:neg}.
P {H} muestra tras {P/ther}: {~qualnorm}.
P {H} paciente en tratamiento con {D}. {M/test}: {~qualnorm}.
N {H} muestra de primera hora de la mañana, sin incidencias en la recogida. {~labnote}. [{~labnote}.|]
N {H} volumen insuficiente para el análisis completo. {~labnote}. [{~labnote}.|]
H {H} muestra de orina conservada a temperatura ambiente más de dos horas: repetir. {~labnote}. [{~labnote}.|]

== laboratorio.coagulacion | COAGULACIÓN: | Coagulación: | Estudio de coagulación: | Hemostasia:
P {H} {MV/coag}, {MV/coag}.
P {H} {MV/coag} {MV/coag} {MV/coag}.
P {H} {MV/coag}. Paciente en tratamiento con {D}.
P {H} {MV/coag} en rango terapéutico con {D}.
P {H} {MV/coag}, {MV/hemo}.
P {H} control previo a {P/surg:hyp}: {MV/coag}.
P {H} {MV/coag}. Sin {C/acute:neg}.
N {H} muestra coagulada. Se solicita nueva extracción en tubo citrato. {~labnote}. [{~labnote}.|]
N {H} tubo mal llenado, resultado no valorable. {~labnote}. [{~labnote}.|]
H {H} control de anticoagulación en {~unit}. {~labnote}. [{~labnote}.|]

== laboratorio.comentario | Comentario: | COMENTARIO: | Observaciones: | Nota del laboratorio:
P {H} {MV/bioq} elevado, sugestivo de {C:unc}.
P {H} valores compatibles con {C:unc}. Se recomienda {M/lab:hyp} en 3 meses.
P {H} en paciente con {C/chronic}, se recomienda control de {M/lab:hyp}.
P {H} resultado interferido por {D}. Repetir {M/lab:hyp}.
P {H} valor crítico de {M/lab} comunicado a {~doctor} a las {#hour}.
P {H} {M/lab} no procesado por muestra hemolizada.
P {H} paciente en tratamiento con {D}: valorar interferencia analítica.
P {H} se sugiere descartar {C:unc}.
P {H} se recomienda repetir tras {P/ther:hyp}.
N {H} resultados validados por el facultativo responsable. {~labnote}. [{~labnote}.|]
N {H} los valores de referencia se indican entre paréntesis. {~labnote}. [{~labnote}.|]
N {H} se comunica resultado al médico peticionario por teléfono. {~labnote}. [{~labnote}.|]
H {H} resultado comunicado a {~person} del {~serv}. {~labnote}. [{~labnote}.|]
H {H} informe emitido por {~serv} del {~hosp}. {~labnote}. [{~labnote}.|]
