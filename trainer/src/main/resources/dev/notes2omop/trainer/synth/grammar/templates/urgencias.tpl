# Informe de urgencias (emergency department note).

== urgencias.triaje | Triaje: | TRIAJE: | Constantes en triaje: | Constantes:
P {H} {MV/vital}, {MV/vital}, {MV/vital}, {MV/vital}.
P {H} {MV/vital}. {MV/vital}. {MV/vital}. Nivel de prioridad {#n:1:5}.
P {H} {MV/vital} {MV/vital} {MV/vital}. Motivo: {C/sym}.
P {H} {C/sym} de {~time}. {MV/vital}.
P {H} {MV/score}. {MV/vital}. Afebril.
P {H} prioridad {#n:2:4}. {C/sym} y {C/sym}. {MV/vital}.
N {H} paciente que llega en ambulancia, estable. Prioridad {#n:3:5}.
N {H} acude por sus propios medios, acompañado de su pareja. Pasa a box {#n:1:12}.
H {H} paciente procedente de {~hosp}. Pasa a {~ward} por saturación de las consultas.
H {H} presión asistencial elevada, demora en la atención. Paciente en fase de espera.

== urgencias.motivo | Motivo de consulta: | MOTIVO DE CONSULTA: | MC: | Consulta por:
P {H} {C/sym}.
P {H} {C/sym} {~time}.
P {H} {C/sym} y {C/sym}.
P {H} {C/injury} tras caída casual.
P {H} {C/sym}. Refiere [haber tomado|tomar] {D/analg} sin mejoría.
P {H} [sospecha de|posible] {C/acute:unc}.
P {H} remitido por su médico para descartar {C/acute:unc}.
P {H} {C/sym} en paciente con {C/chronic:hist}.
N {H} traído por la policía municipal tras ser encontrado en la vía pública, sin lesiones aparentes.
N {H} solicita informe para trámite administrativo.
H {H} remitido desde {~unit} por empeoramiento clínico.
H {H} enviado por {~person} de su centro de salud.

== urgencias.antecedentes | Antecedentes: | AP: | Antecedentes personales: | ANTECEDENTES:
P {H} {C/chronic*:hist}. NAMC.
P {H} NAMC. {C/chronic:hist}. {C/chronic:hist}. IQ: {P/surg:hist}.
P {H} {C/chronic:hist} en tratamiento con {D/chronic:hist}.
P {H} {C:hist} hace {#n:2:20} años. No otros antecedentes de interés.
P {H} [no antecedentes de|sin antecedentes de] {C/chronic:neg,hist}. {C/chronic:hist}.
P {H} {C/chronic:hist}, {C/chronic:hist}. Tratamiento habitual: {D/chronic*}.
P {H} ingreso previo en {#year} por {C/acute:hist}.
N {H} NAMC. Sin antecedentes de interés. No toma medicación habitual.
N {H} niega alergias. Independiente para las actividades de la vida diaria.
H {H} alérgico a {!D/abx}. {C/chronic:hist}.
H {H} alergia a {!D} y {!D}. Sin otros antecedentes.
H {H} en seguimiento en {~unit}. Resto sin interés.

== urgencias.enfermedad | Enfermedad actual: | EA: | Anamnesis: | Historia actual:
P {H} paciente de {#age} años que acude por {C/sym} {~time}. Niega {C/sym:neg}, {C/sym:neg} o {C/sym:neg}.
P {H} refiere {C/sym} acompañado de {C/sym}. No {C/sym:neg}. No {C/sym:neg}.
P {H} acude por {C/sym} tras [iniciar|suspender] {D}. Sin {C/sym:neg} ni {C/sym:neg}.
P {H} cuadro de {C/sym} de {~time}. Ha tomado {DD} sin mejoría.
P {H} {C/injury} tras accidente de tráfico. Niega {C/sym:neg}.
P {H} varón de {#age} años con {C/chronic:hist} que consulta por {C/sym}. No {C/sym:neg}.
P {H} paciente que acude por {C/sym}. Contacto con familiar diagnosticado de {C/infect:fam}.
P {H} mujer de {#age} años, gestante de {#n:8:38} semanas, que consulta por {C/sym}. Niega {C/sym:neg}.
P {H} refiere {C/sym} intermitente. No presenta {C/sym:neg} ni {C/sym:neg}.
N {H} paciente que acude por malestar general inespecífico. Se encuentra mejor tras la espera.
N {H} refiere haber discutido con un familiar. Actualmente tranquilo y colaborador.
H {H} acude tras ser valorado en {~serv} de {~hosp}. Refiere {C/sym}.
H {H} paciente en paro laboral, refiere {C/sym} de {~time}.

== urgencias.exploracion | EF: | Exploración: | EXPLORACIÓN:
P {H} {MV/vital}, {MV/vital}. Consciente y orientado. Eupneico.
P {H} afebril. {MV/vital}. {MV/vital}. {MV/vital}.
P {H} {MV/vital} {MV/vital} {MV/vital}. Buen estado general.
P {H} {C/sym} a la palpación en [epigastrio|hipocondrio derecho|fosa iliaca derecha]. {MV/vital}.
P {H} regular estado general, {C/resp}. {MV/vital}.
P {H} clínica compatible con {C/injury:unc}. {MV/score}.
P {H} no signos de {C/acute:neg}. {MV/vital}.
P {H} {MV/vital}, {MV/score}. Abdomen blando y depresible.
N {H} consciente, orientado en las tres esferas. Normocoloreado. Eupneico en reposo. Abdomen blando.
N {H} buen estado general. Pares craneales normales. Marcha normal.
N {H} orofaringe normal. Auscultación cardiaca rítmica.
H Exploración física: buen estado general. Auscultación pulmonar con murmullo vesicular conservado.
H EXPLORACIÓN FÍSICA: consciente y orientado. {MV/vital}.

== urgencias.pruebas | Pruebas complementarias: | PPCC: | Pruebas realizadas: | Pruebas en urgencias:
P {H} {P/img}: {~qualnorm}. Analítica: {MV/hemo}, {MV/bioq}, {MV/inflam}.
P {H} {P/img}: [ritmo sinusal sin alteraciones agudas|sin cambios respecto a previos]. {MV/cardio}.
P {H} {MV/cardio}, {MV/coag}, {MV/inflam}.
P {H} {P/img}: no se observan signos de {C/acute:neg}.
P {H} {P/img}: [imagen compatible con|hallazgos sugestivos de] {C/acute:unc}.
P {H} {M/culture} negativo para {C/infect:neg}. {MV/inflam}.
P {H} {M/test}: {~qualnorm}. {MV/bioq}.
P {H} {MV/gas}, {MV/gas}, {MV/gas}, {MV/gas}.
P {H} {P/img} normal. {M/culture} pendiente.
N {H} no se consideran necesarias en este momento.
N {H} se extraen muestras, resultados pendientes al cierre del informe.
H {H} se comenta con {~serv}, que revisará las imágenes. Resultados en la historia.
H {H} muestra mal conservada a temperatura ambiente, se repite extracción.

== urgencias.juicio | Juicio clínico: | JC: | Diagnóstico: | Impresión diagnóstica:
P {H} {C/acute}.
P {H} {C/sym}. [Probable|Posible] {C/acute:unc}.
P {H} {C/injury}.
P {H} {C/sym} de probable origen [vírico|mecánico|funcional]. Se descarta {C/acute:neg}.
P {H} {C/acute} en paciente con {C/chronic}.
P {H} {C/sym} sin signos de alarma. No {C/acute:neg}.
P {H} {C/sym}, a descartar {C/acute:unc}.
P {H} {C/acute} vs {C/acute:unc}.
N {H} consulta sin hallazgos patológicos.
H {H} paciente valorado en {~unit}: sin criterios de ingreso.

== urgencias.tratamiento | Tratamiento en urgencias: | Tratamiento: | Se administra: | TTO:
P {H} {DD}. {DD}.
P {H} {D} y {D} con mejoría.
P {H} se administra {DD} con mejoría parcial.
P {H} {P/ther} y {DD}.
P {H} [se pauta|se inicia] {DD}. Se realiza {P/ther}.
P {H} {DD} [y|además de] {P/ther}.
P {H} no se administra {D/analg:neg} por {C/chronic}.
P {H} {D/acute} en perfusión continua.
N {H} reposo y observación. No precisa tratamiento.
H {H} {DD}. No administrar {!D/abx} por alergia.
H {H} {D} gota a gota. Se evita {!D} por antecedente de alergia.

== urgencias.destino | Destino: | DESTINO: | Plan: | Actitud:
P {H} alta a domicilio. Acudir si {C/sym:hyp} o {C/sym:hyp}.
P {H} ingreso en planta para {P:hyp}.
P {H} observación. Repetir {M/panel:hyp} en {#n:3:8} horas.
P {H} alta con {DD}. Si {C/sym:hyp}, volver a consultar.
P {H} se solicita {P/img:hyp} preferente. Alta.
P {H} ingreso a cargo de Medicina Interna por {C/acute}.
P {H} alta. Vigilar aparición de {C/sym:hyp}. Control por {~control}.
N {H} alta a domicilio. Control por su médico de atención primaria.
N {H} alta voluntaria. Se explican los riesgos y firma el documento.
N {H} traslado en ambulancia a su hospital de referencia.
H {H} ingreso en {~unit}.
H {H} se comenta con {~serv}, que acepta el ingreso.
H {H} alta. Cita en {~unit} en {#n:1:4} semanas.
