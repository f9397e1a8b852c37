# Consulta externa (outpatient consultation).

== consulta.motivo | Motivo de consulta: | MOTIVO DE CONSULTA: | Motivo de derivación: | Remitido por:
P {H} {C/sym}.
P {H} control de {C/chronic}.
P {H} {C/sym} {~time}.
P {H} valoración de {C/chronic} de difícil control.
P {H} sospecha de {C:unc}.
P {H} revisión tras {P/surg:hist}.
P {H} control de {C/chronic} en tratamiento con {D/chronic}.
P {H} resultado de {P/img}.
P {H} revisión del tratamiento con {D/chronic}.
P {H} {MV/bioq} elevado en analítica de empresa.
N {H} revisión anual. Paciente asintomático. {~admin}. [{~social}.|{~normal}.|]
N {H} primera visita. Derivado por su médico de atención primaria. {~admin}. [{~social}.|{~normal}.|]
H {H} derivado desde {~unit}. {~admin}. [{~social}.|{~normal}.|]
H {H} solicita segunda opinión, previamente valorado en {~hosp}. {~admin}. [{~social}.|{~normal}.|]

== consulta.antecedentes | Antecedentes: | AP: | Antecedentes personales: | Antecedentes de interés:
P {H} {C/chronic*:hist}.
P {H} {C/chronic:hist} diagnosticado en {#year}. Intervenido de {P/surg:hist} en {#year}.
P {H} {C:hist}. {C:hist}. Sin alergias conocidas.
P {H} [exfumador|no fumador]. {C/chronic:hist}. {C/chronic:hist}.
P {H} antecedentes personales de {C/chronic:hist} e {C/chronic:hist}.
P {H} {C/onc:hist} tratado con {P/ther:hist} en {#year}.
P {H} niega {C/chronic:neg,hist}. {C/chronic:hist}.
P {H} tratamiento habitual: {D/chronic*}.
P {H} IQ: {P/surg:hist} ({#year}) y {P/surg:hist} ({#year}).
N {H} sin antecedentes de interés. {~social}. [{~admin}.|{~social}.|]
N {H} sin alergias conocidas. Sin intervenciones previas. {~social}. [{~admin}.|{~social}.|]
H {H} alergia a {!D/abx}. {C/chronic:hist}. {~social}. [{~admin}.|{~social}.|]
H {H} RAM: {!D/analg}. Resto sin interés. {~social}. [{~admin}.|{~social}.|]

== consulta.familiares | Antecedentes familiares: | AF: | Historia familiar: | Familiares:
P {H} {~rel} con {C/fam:fam}.
P {H} {~rel} y {~rel} con {C/fam:fam}.
P {H} {~relup} con {C/onc:fam} a los {#n:35:75} años.
P {H} antecedentes familiares de {C/fam:fam} y {C/fam:fam}.
P {H} sin antecedentes familiares de {C/fam:fam,neg}.
P {H} historia familiar de {C/fam:fam} por rama materna.
P {H} {~rel} con {C/fam:fam}. Niega antecedentes familiares de {C/onc:fam,neg}.
P {H} {~rel} [intervenido|operado] de {P/surg:fam,hist}.
P {H} {~rel} en tratamiento con {D/chronic:fam}.
P {H} {~rel} con {M/lab:fam} elevado.
N {H} sin interés. {~social}. [{~admin}.|{~social}.|]
N {H} desconoce antecedentes familiares por ser adoptado. {~social}. [{~admin}.|{~social}.|]
H {H} {~relup} en seguimiento en {~unit}. Sin otros antecedentes. {~social}. [{~admin}.|{~social}.|]

== consulta.anamnesis | Anamnesis: | ANAMNESIS: | Historia: | Refiere:
P {H} refiere {C/sym} {~time}. Niega {C/sym:neg}.
P {H} buen control de {C/chronic} con {D/chronic}. Sin {C/sym:neg}.
P {H} {C/sym} [ocasional|frecuente|diario]. No {C/sym:neg}.
P {H} desde la última revisión presenta {C/sym} y {C/sym}.
P {H} refiere mala adherencia a {D/chronic}. [Posible|Probable] {C/chronic:unc}.
P {H} sin {C/sym:neg} desde el inicio de {D}.
P {H} comenta {C/sym} tras iniciar {D}. No presenta {C/sym:neg}.
P {H} refiere buena recuperación tras {P/surg:hist}.
P {H} trae registros domiciliarios: {MV/vital}, {MV/vital}.
N {H} se encuentra bien, sin cambios desde la última visita. {~social}. [{~admin}.|{~social}.|]
N {H} asintomática. Cumple el tratamiento. Realiza ejercicio a diario. {~social}. [{~admin}.|{~social}.|]
H {H} le preocupa la tasa de complicaciones de la intervención. Sin cambios clínicos. {~social}. [{~admin}.|{~social}.|]
H {H} paciente en fase de mantenimiento. Sin clínica nueva. {~social}. [{~admin}.|{~social}.|]

== consulta.exploracion | Exploración: | EF: | Exploración dirigida: | A la exploración:
P {H} {MV/vital}, {MV/anthro}.
P {H} {MV/anthro}, {MV/anthro}, {MV/anthro}.
P {H} {MV/vital}. {MV/vital}. Buen estado general.
P {H} {C/sym} a la movilización. {MV/vital}.
P {H} {MV/vital} {MV/vital}. {MV/anthro}.
P {H} signos de {C/chronic}. {MV/vital}.
P {H} no {C/sym:neg}. {MV/vital}.
P {H} se realiza {P/exam}, {~qualnorm}.
P {H} {MV/score}. Deambula sin ayuda.
N {H} buen estado general. Auscultación cardiaca rítmica. Murmullo vesicular conservado. {~normal}. [{~normal}.|{~normal}. {~normal}.]
N {H} normocoloreada, normohidratada. Abdomen blando y depresible. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H Exploración física: sin hallazgos relevantes. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H Exploración neurológica: pares craneales normales, marcha normal. {~normal}. [{~normal}.|{~normal}. {~normal}.]

== consulta.pruebas | Pruebas: | Pruebas complementarias: | Resultados: | Aporta:
P {H} {P/img}: {~qualnorm}.
P {H} aporta {P/img} con hallazgos compatibles con {C:unc}.
P {H} analítica: {MV/bioq}, {MV/bioq}, {MV/lipid}.
P {H} {P/img}: {~qualnorm}. {MV/bioq}.
P {H} {P/biopsy}: negativa para {C/onc:neg}.
P {H} {M/test}: {~qualnorm}. {M/test}: {~qualnorm}.
P {H} {P/img} realizado en {#year}: sin signos de {C:neg}.
P {H} {P/img}: {~qualnorm}. {P/biopsy}: pendiente.
N {H} no aporta pruebas nuevas. {~admin}. [{~social}.|{~normal}.|]
N {H} pendientes de realizar. Se revisarán en la próxima visita. {~admin}. [{~social}.|{~normal}.|]
H {H} solicitadas por {~serv}, pendientes de resultado. {~admin}. [{~social}.|{~normal}.|]

== consulta.juicio | Juicio clínico: | JC: | Diagnóstico: | Impresión:
P {H} {C/chronic}.
P {H} {C/chronic} con buen control.
P {H} {C/chronic} mal controlado.
P {H} {C/sym}. Probable {C:unc}.
P {H} {C/chronic}. Descartado {C:neg}.
P {H} {C/chronic} y {C/chronic}.
P {H} {C}, compatible con {C:unc}.
P {H} estado tras {P/surg:hist}.
P {H} {MV/bioq} en paciente asintomático, sin repercusión.
P {H} efecto adverso de {D}.
N {H} paciente sin patología en el momento actual. {~admin}. [{~social}.|{~normal}.|]
H {H} pendiente de valoración en {~unit}. {~admin}. [{~social}.|{~normal}.|]

== consulta.tratamiento | Tratamiento: | Tratamiento actual: | Tto: | Pauta:
P {H} {DD}.
P {H} {DD}. {DD}.
P {H} continuar con {D/chronic}. Añadir {DD}.
P {H} se sustituye {D/chronic} por {D/chronic} por {C/sym}.
P {H} {D/chronic*}.
P {H} iniciar {DD}. Suspender {D}.
P {H} {DD} si {C/sym:hyp}.
P {H} {P/ther}. Reevaluar en {#n:1:6} meses.
P {H} se solicita {M/lab:hyp} antes de ajustar dosis.
N {H} sin cambios. Se revisa la técnica de administración. {~admin}. [{~social}.|{~normal}.|]
N {H} mantener el tratamiento habitual. {~admin}. [{~social}.|{~normal}.|]
H {H} {DD}. Evitar {!D/analg} por intolerancia previa. {~admin}. [{~social}.|{~normal}.|]
H {H} alergia a {!D/abx}, se prescribe alternativa. {~admin}. [{~social}.|{~normal}.|]

== consulta.plan | Plan: | PLAN: | Recomendaciones: | Seguimiento:
P {H} se solicita {M/panel:hyp} y {P/img:hyp}.
P {H} control de {M/lab:hyp} en {#n:3:6} meses.
P {H} pendiente de {P:hyp}. Revisión con resultados.
P {H} se solicita {P/img:hyp}. Si {C/sym:hyp}, adelantar cita.
P {H} derivar para valorar {P/surg:hyp}.
P {H} acudir si {C/sym:hyp}. Nueva revisión en {#n:2:12} meses.
P {H} solicitar {M/lab:hyp}, {M/lab:hyp} y {M/lab:hyp}.
P {H} vigilar la aparición de {C/sym:hyp}.
N {H} revisión en seis meses. Alta de consulta si continúa estable. {~admin}. [{~social}.|{~normal}.|]
N {H} nueva cita en un año. Se entrega informe. {~admin}. [{~social}.|{~normal}.|]
H {H} dieta baja en sodio. Se deriva a {~unit}. {~admin}. [{~social}.|{~normal}.|]
H {H} interconsulta a {~serv}. Evitar cargar peso. {~admin}. [{~social}.|{~normal}.|]
