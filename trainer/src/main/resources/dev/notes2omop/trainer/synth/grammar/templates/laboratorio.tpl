# Informe de laboratorio (laboratory report).

== laboratorio.hemograma | HEMATOLOGÍA: | Hematología: | Serie roja: | SERIE BLANCA: | Hematimetría:
P {H} {MV/hemo}, {MV/hemo}, {MV/hemo}, {MV/hemo}.
P {H} {MV/hemo} {MV/hemo} {MV/hemo}.
P {H}\n{MV/hemo}\n{MV/hemo}\n{MV/hemo}
P {H} {MV/hemo}. {MV/hemo}. Resto normal.
P {H} {MV/hemo} (L), {MV/hemo}, {MV/hemo} (H).
P {H} {MV/hemo}, {MV/hemo}. {M/test}: {~qualnorm}.
N {H} muestra coagulada, no se puede procesar. Se solicita nueva muestra.
N {H} valores dentro de los rangos de referencia del laboratorio.
H {H} muestra recibida desde {~unit}. Revisado por {~serv}.

== laboratorio.bioquimica | BIOQUÍMICA: | Bioquímica: | Bioquímica sérica: | BIOQUIMICA:
P {H} {MV/bioq}, {MV/bioq}, {MV/bioq}, {MV/bioq}.
P {H} {MV/bioq} {MV/bioq} {MV/bioq}.
P {H}\n{MV/bioq}\n{MV/bioq}\n{MV/bioq}\n{MV/bioq}
P {H} {MV/bioq} (H). {MV/bioq}. {MV/inflam}.
P {H} {MV/lipid}, {MV/lipid}, {MV/lipid}, {MV/lipid}.
P {H} {MV/cardio}, {MV/cardio}, {MV/bioq}.
P {H} {MV/bioq}. Comentario: valor crítico comunicado.
N {H} muestra lipémica, resultados no valorables.
N {H} no se ha recibido muestra. Contactar con el laboratorio.
H {H} extracción realizada en {~ward}. Muestra conservada a temperatura ambiente durante más de cuatro horas.

== laboratorio.gasometria | GASOMETRÍA: | Gasometría: | Gasometría venosa: | GSA:
P {H} {MV/gas}, {MV/gas}, {MV/gas}, {MV/gas}.
P {H} {MV/gas} {MV/gas} {MV/gas}.
P {H} {MV/gas}, {MV/gas}. Extraída sin aporte de oxígeno.
P {H} {MV/gas}, {MV/gas}, {MV/bioq}, {MV/bioq}.
P {H} basal: {MV/gas}, {MV/gas}, {MV/gas}.
N {H} muestra no válida por presencia de burbujas. Repetir.
N {H} muestra recibida sin identificar. No se procesa.
H {H} muestra remitida por {~unit}, procesada a las {#hour}.

== laboratorio.microbiologia | MICROBIOLOGÍA: | Microbiología: | Cultivos: | Resultado microbiológico:
P {H} {M/culture}: {~qualneg}.
P {H} {M/culture}: {~qualneg}. {M/culture}: {~qualneg}.
P {H} {M/culture}: se aísla germen, pendiente de identificación.
P {H} {M/culture} positivo. Compatible con {C/infect:unc}.
P {H} {M/culture} negativo para {C/infect:neg}.
P {H} estudio negativo para {C/infect:neg}. {M/culture} pendiente.
P {H} {M/test}: {~qualnorm}.
N {H} muestra insuficiente para cultivo. Remitir nueva muestra.
N {H} muestra contaminada con flora mixta. Se recomienda repetir la recogida.
H {H} muestra enviada desde {~unit}. Informe definitivo en 72 horas.

== laboratorio.orina | ORINA: | Orina: | Sistemático y sedimento: | Análisis de orina:
P {H} {M/test}: {~qualnorm}.
P {H} {MV/bioq}. {M/culture}: {~qualneg}.
P {H} {M/test} {~qualpos}. {M/culture} en curso.
P {H} {M/test}: {~qualnorm}. Resto sin alteraciones.
P {H} {MV/bioq}. Sin signos de {C/infect:neg}.
N {H} muestra de primera hora de la mañana, sin incidencias en la recogida.
N {H} volumen insuficiente para el análisis completo.
H {H} muestra de orina conservada a temperatura ambiente más de dos horas: repetir.

== laboratorio.coagulacion | COAGULACIÓN: | Coagulación: | Estudio de coagulación: | Hemostasia:
P {H} {MV/coag}, {MV/coag}.
P {H} {MV/coag} {MV/coag} {MV/coag}.
P {H} {MV/coag}. Paciente en tratamiento con {D}.
P {H} {MV/coag} en rango terapéutico con {D}.
P {H} {MV/coag}, {MV/hemo}.
N {H} muestra coagulada. Se solicita nueva extracción en tubo citrato.
N {H} tubo mal llenado, resultado no valorable.
H {H} control de anticoagulación en {~unit}.

== laboratorio.comentario | Comentario: | COMENTARIO: | Observaciones: | Nota del laboratorio:
P {H} {MV/bioq} elevado, sugestivo de {C:unc}.
P {H} valores compatibles con {C:unc}. Se recomienda {M/lab:hyp} en 3 meses.
P {H} en paciente con {C/chronic}, se recomienda control de {M/lab:hyp}.
P {H} resultado interferido por {D}. Repetir {M/lab:hyp}.
P {H} valor crítico de {M/lab} comunicado a {~doctor} a las {#hour}.
P {H} {M/lab} no procesado por muestra hemolizada.
N {H} resultados validados por el facultativo responsable.
N {H} los valores de referencia se indican entre paréntesis.
N {H} se comunica resultado al médico peticionario por teléfono.
H {H} resultado comunicado a {~person} del {~serv}.
H {H} informe emitido por {~serv} del {~hosp}.
