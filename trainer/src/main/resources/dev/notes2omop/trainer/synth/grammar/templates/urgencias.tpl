# Informe de urgencias (emergency department note).

== urgencias.triaje | Triaje: | TRIAJE: | Constantes en triaje: | Constantes:
P {H} {MV/vital}, {MV/vital}, {MV/vital}, {MV/vital}.
P {H} {MV/vital}. {MV/vital}. {MV/vital}. Nivel de prioridad {#n:1:5}.
P {H} {MV/vital} {MV/vital} {MV/vital}. Motivo: {C/sym}.
P {H} {C/sym} {~time}. {MV/vital}.
P {H} {MV/score}. {MV/vital}. Afebril.
P {H} prioridad {#n:2:4}. {C/sym} y {C/sym}. {MV/vital}.
P {H} acude para {P/ther} programada.
P {H} toma habitual de {D/chronic}. {MV/vital}.
N {H} paciente que llega en ambulancia, estable. Prioridad {#n:3:5}. {~admin}. [{~social}.|{~normal}.|]
N {H} acude por sus propios medios, acompañado de su pareja. Pasa a box {#n:1:12}. {~admin}. [{~social}.|{~normal}.|]
H {H} paciente procedente de {~hosp}. Pasa a {~ward} por saturación de las consultas. {~admin}. [{~social}.|{~normal}.|]
H {H} presión asistencial elevada, demora en la atención. Paciente en fase de espera. {~admin}. [{~social}.|{~normal}.|]

== urgencias.motivo | Motivo de consulta: | MOTIVO DE CONSULTA: | MC: | Consulta por:
P {H} {C/sym}.
P {H} {C/sym} {~time}.
P {H} {C/sym} y {C/sym}.
P {H} {C/injury} tras caída casual.
P {H} {C/sym}. Refiere [haber tomado|tomar] {D/analg} sin mejoría.
P {H} [sospecha de|posible] {C/acute:unc}.
P {H} remitido por su médico para descartar {C/acute:unc}.
P {H} {C/sym} en paciente con {C/chronic:hist}.
P {H} solicita receta de {D}.
P {H} revisión tras {P/surg:hist}.
P {H} {MV/vital} en control domiciliario.
N {H} traído por la policía municipal tras ser encontrado en la vía pública, sin lesiones aparentes. {~admin}. [{~social}.|{~normal}.|]
N {H} solicita informe para trámite administrativo. {~admin}. [{~social}.|{~normal}.|]
H {H} remitido desde {~unit} por empeoramiento clínico. {~admin}. [{~social}.|{~normal}.|]
H {H} enviado por {~person} de su centro de salud. {~admin}. [{~social}.|{~normal}.|]

== urgencias.antecedentes | Antecedentes: | AP: | Antecedentes personales: | ANTECEDENTES:
P {H} {C/chronic*:hist}. NAMC.
P {H} NAMC. {C/chronic:hist}. {C/chronic:hist}. IQ: {P/surg:hist}.
P {H} {C/chronic:hist} en tratamiento con {D/chronic:hist}.
P {H} {C:hist} hace {#n:2:20} años. No otros antecedentes de interés.
P {H} [no antecedentes de|sin antecedentes de] {C/chronic:neg,hist}. {C/chronic:hist}.
P {H} {C/chronic:hist}, {C/chronic:hist}. Tratamiento habitual: {D/chronic*}.
P {H} ingreso previo en {#year} por {C/acute:hist}.
P {H} tratamiento habitual: {D/chronic*}.
P {H} IQ: {P/surg*:hist}.
N {H} NAMC. Sin antecedentes de interés. No toma medicación habitual. {~social}. [{~admin}.|{~social}.|]
N {H} niega alergias. Independiente para las actividades de la vida diaria. {~social}. [{~admin}.|{~social}.|]
H {H} alérgico a {!D/abx}. {C/chronic:hist}. {~social}. [{~admin}.|{~social}.|]
H {H} alergia a {!D} y {!D}. Sin otros antecedentes. {~social}. [{~admin}.|{~social}.|]
H {H} en seguimiento en {~unit}. Resto sin interés. {~social}. [{~admin}.|{~social}.|]

== urgencias.enfermedad | Enfermedad actual: | EA: | Anamnesis: | Historia actual:
P {H} paciente de {#age} años que acude por {C/sym} {~time}. Niega {C/sym:neg}, {C/sym:neg} o {C/sym:neg}.
P {H} refiere {C/sym} acompañado de {C/sym}. No {C/sym:neg}. No {C/sym:neg}.
P {H} acude por {C/sym} tras [iniciar|suspender] {D}. Sin {C/sym:neg} ni {C/sym:neg}.
P {H} cuadro de {C/sym} {~time}. Ha tomado {DD} sin mejoría.
P {H} {C/injury} tras accidente de tráfico. Niega {C/sym:neg}.
P {H} varón de {#age} años con {C/chronic:hist} que consulta por {C/sym}. No {C/sym:neg}.
P {H} paciente que acude por {C/sym}. Contacto con familiar diagnosticado de {C/infect:fam}.
P {H} mujer de {#age} años, gestante de {#n:8:38} semanas, que consulta por {C/sym}. Niega {C/sym:neg}.
P {H} refiere {C/sym} intermitente. No presenta {C/sym:neg} ni {C/sym:neg}.
P {H} acude por {MV/vital} en control domiciliario, asintomático.
P {H} paciente intervenido de {P/surg:hist} hace {#n:3:20} días que acude para revisión.
P {H} acude para recibir dosis de {DD} pautada por su médico.
N {H} paciente que acude por malestar general inespecífico. Se encuentra mejor tras la espera. {~admin}. [{~social}.|{~normal}.|]
N {H} refiere haber discutido con un familiar. Actualmente tranquilo y colaborador. {~admin}. [{~social}.|{~normal}.|]
H {H} acude tras ser valorado en {~serv} de {~hosp}. Refiere {C/sym}. {~admin}. [{~social}.|{~normal}.|]
H {H} paciente en paro laboral, refiere {C/sym} {~time}. {~admin}. [{~social}.|{~normal}.|]

== urgencias.exploracion | EF: | Exploración: | EXPLORACIÓN:
P {H} {MV/vital}, {MV/vital}. Consciente y orientado. Eupneico.
P {H} afebril. {MV/vital}. {MV/vital}. {MV/vital}.
P {H} {MV/vital} {MV/vital} {MV/vital}. Buen estado general.
P {H} {C/sym} a la palpación en [epigastrio|hipocondrio derecho|fosa iliaca derecha]. {MV/vital}.
P {H} regular estado general, {C/resp}. {MV/vital}.
P {H} clínica compatible con {C/injury:unc}. {MV/score}.
P {H} no signos de {C/acute:neg}. {MV/vital}.
P {H} {MV/vital}, {MV/score}. Abdomen blando y depresible.
N {H} consciente, orientado en las tres esferas. Normocoloreado. Eupneico en reposo. Abdomen blando. {~normal}. [{~normal}.|{~normal}. {~normal}.]
N {H} buen estado general. Pares craneales normales. Marcha normal. {~normal}. [{~normal}.|{~normal}. {~normal}.]
N {H} orofaringe normal. Auscultación cardiaca rítmica. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H Exploración física: buen estado general. Auscultación pulmonar con murmullo vesicular conservado. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H EXPLORACIÓN FÍSICA: consciente y orientado. {MV/vital}. {~normal}. [{~normal}.|{~normal}. {~normal}.]

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
N {H} no se consideran necesarias en este momento. {~admin}. [{~social}.|{~normal}.|]
N {H} se extraen muestras, resultados pendientes al cierre del informe. {~admin}. [{~social}.|{~normal}.|]
H {H} se comenta con {~serv}, que revisará las imágenes. Resultados en la historia. {~admin}. [{~social}.|{~normal}.|]
H {H} muestra mal conservada a temperatura ambiente, se repite extracción. {~admin}. [{~social}.|{~normal}.|]

== urgencias.juicio | Juicio clínico: | JC: | Diagnóstico: | Impresión diagnóstica:
P {H} {C/acute}.
P {H} {C/sym}. [Probable|Posible] {C/acute:unc}.
P {H} {C/injury}.
P {H} {C/sym} de probable origen [vírico|mecánico|funcional]. Se descarta {C/acute:neg}.
P {H} {C/acute} en paciente con {C/chronic}.
P {H} {C/sym} sin signos de alarma. No {C/acute:neg}.
P {H} {C/sym}, a descartar {C/acute:unc}.
P {H} {C/acute} vs {C/acute:unc}.
P {H} estado tras {P/surg:hist}. Sin complicaciones.
P {H} {MV/bioq} en paciente asintomático.
N {H} consulta sin hallazgos patológicos. {~admin}. [{~social}.|{~normal}.|]
H {H} paciente valorado en {~unit}: sin criterios de ingreso. {~admin}. [{~social}.|{~normal}.|]

== urgencias.tratamiento | Tratamiento en urgencias: | Tratamiento: | Se administra: | TTO:
P {H} {DD}. {DD}.
P {H} {D} y {D} con mejoría.
P {H} se administra {DD} con mejoría parcial.
P {H} {P/ther} y {DD}.
P {H} [se pauta|se inicia] {DD}. Se realiza {P/ther}.
P {H} {DD} [y|además de] {P/ther}.
P {H} no se administra {D/analg:neg} por {C/chronic}.
P {H} {D/acute} en perfusión continua.
P {H} {P/ther}.
P {H} se realiza {P/ther} con buena tolerancia.
N {H} reposo y observación. No precisa tratamiento. {~admin}. [{~social}.|{~normal}.|]
H {H} {DD}. No administrar {!D/abx} por alergia. {~admin}. [{~social}.|{~normal}.|]
H {H} {D} gota a gota. Se evita {!D} por antecedente de alergia. {~admin}. [{~social}.|{~normal}.|]

== urgencias.destino | Destino: | DESTINO: | Plan: | Actitud:
P {H} alta a domicilio. Acudir si {C/sym:hyp} o {C/sym:hyp}.
P {H} ingreso en planta para {P:hyp}.
P {H} observación. Repetir {M/panel:hyp} en {#n:3:8} horas.
P {H} alta con {DD}. Si {C/sym:hyp}, volver a consultar.
P {H} se solicita {P/img:hyp} preferente. Alta.
P {H} ingreso a cargo de Medicina Interna por {C/acute}.
P {H} alta. Vigilar aparición de {C/sym:hyp}. Control por {~control}.
P {H} alta con {DD} durante {#n:3:10} días.
N {H} alta a domicilio. Control por su médico de atención primaria. {~admin}. [{~social}.|{~normal}.|]
N {H} alta voluntaria. Se explican los riesgos y firma el documento. {~admin}. [{~social}.|{~normal}.|]
N {H} traslado en ambulancia a su hospital de referencia. {~admin}. [{~social}.|{~normal}.|]
H {H} ingreso en {~unit}. {~admin}. [{~social}.|{~normal}.|]
H {H} se comenta con {~serv}, que acepta el ingreso. {~admin}. [{~social}.|{~normal}.|]
H {H} alta. Cita en {~unit} en {#n:1:4} semanas. {~admin}. [{~social}.|{~normal}.|]
