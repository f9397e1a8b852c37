# Evolutivo (progress note).

== evolucion.subjetivo | S: | Subjetivo: | Refiere: | Comentario:
P {H} refiere {C/sym}. No {C/sym:neg}.
P {H} mejor, persiste {C/sym} leve. Niega {C/sym:neg}.
P {H} ha pasado mala noche por {C/sym}. Pide {D/analg}.
P {H} sin {C/sym:neg} ni {C/sym:neg} desde ayer.
P {H} refiere [encontrarse mejor|mejoría] tras {D}. Sin {C/sym:neg}.
P {H} paciente que comenta {C/sym} tras la toma de {D}.
P {H} {C/sym} de predominio nocturno. No {C/sym:neg}.
P {H} tranquilo tras {P}.
P {H} pregunta por el resultado de {P/img}.
N {H} paciente tranquilo y colaborador. Sin quejas. {~social}. [{~admin}.|{~social}.|]
N {H} se encuentra bien, ha descansado por la noche. Tolera dieta. {~social}. [{~admin}.|{~social}.|]
N {H} refiere encontrarse mejor. Deambula por la habitación. {~social}. [{~admin}.|{~social}.|]
H {H} pendiente de valoración por {~unit}. Se encuentra mejor. {~social}. [{~admin}.|{~social}.|]
H {H} preocupado por su situación de paro. Sin otras quejas. {~social}. [{~admin}.|{~social}.|]

== evolucion.exploracion | O: | Objetivo: | Exploración: | EF:
P {H} {MV/vital}, {MV/vital}. Afebril.
P {H} {MV/vital}. {MV/vital}. {MV/vital}.
P {H} afebril, {MV/vital}, {MV/vital}. Buen estado general.
P {H} [persiste|mejora la] {C/resp}. {MV/vital}.
P {H} {MV/vital} {MV/vital}. Diuresis conservada.
P {H} {MV/anthro}, {MV/anthro}. {MV/vital}.
P {H} {MV/score}. {MV/vital}. Sin {C/sym:neg}.
P {H} se realiza {P/exam}, {~qualnorm}.
P {H} portador de {P/ther}. {MV/vital}.
N {H} consciente y orientado. Eupneico. Abdomen blando y depresible. {~normal}. [{~normal}.|{~normal}. {~normal}.]
N {H} buen estado general. Herida quirúrgica limpia. Diuresis conservada. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H Exploración física: sin cambios respecto a ayer. Eupneico. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H {H} {MV/vital}. Reducir carga de peso en el miembro inferior. {~normal}. [{~normal}.|{~normal}. {~normal}.]

== evolucion.analitica | Analítica: | Analítica de control: | Control analítico: | Resultados:
P {H} {MV/hemo}, {MV/hemo}, {MV/bioq}.
P {H} {MV/bioq}, {MV/bioq}. {MV/inflam} en descenso.
P {H} {MV/hemo}, {MV/hemo}. Resto sin cambios.
P {H} {MV/coag}. Ajuste de {D} según protocolo.
P {H} {MV/cardio}, {MV/cardio}.
P {H} {M/culture}: {~qualneg}. {MV/inflam}.
P {H} {MV/lipid}, {MV/lipid}, {MV/lipid}.
P {H} analítica compatible con {C:unc}.
P {H} niveles de {M/lab} en rango con {D}.
N {H} sin cambios significativos respecto a la previa. {~admin}. [{~social}.|{~normal}.|]
N {H} pendiente de resultados del laboratorio. {~admin}. [{~social}.|{~normal}.|]
H {H} muestra hemolizada, se repite extracción. Conservar a temperatura ambiente. {~admin}. [{~social}.|{~normal}.|]

== evolucion.valoracion | A: | Valoración: | Impresión: | Juicio:
P {H} {C/acute} en mejoría.
P {H} {C/acute} con buena respuesta a {D}.
P {H} {C/sym}, probable {C/acute:unc}.
P {H} descartada {C/acute:neg}. {C/chronic} estable.
P {H} {C/acute}. Sospecha de {C/acute:unc} sobreañadida.
P {H} evolución favorable de {C/acute}. No signos de {C/acute:neg}.
P {H} {C/chronic} descompensada. Posible {C/acute:unc}.
P {H} buena evolución tras {P}.
P {H} {MV/bioq} en descenso, respuesta a {D}.
N {H} evolución favorable. Estable. {~admin}. [{~social}.|{~normal}.|]
N {H} sin cambios relevantes respecto a ayer. {~admin}. [{~social}.|{~normal}.|]
H {H} comentado con {~serv}: no precisa cambios. {~admin}. [{~social}.|{~normal}.|]

== evolucion.tratamiento | Tratamiento: | Tto: | Medicación: | Cambios en el tratamiento:
P {H} se inicia {DD}.
P {H} se suspende {D} por {C/sym}.
P {H} se cambia {D/abx} por {D/abx}.
P {H} {DD}. {DD}.
P {H} se añade {DD}. Mantener {D/chronic}.
P {H} se reduce dosis de {D/chronic}. Si {C/sym:hyp}, pautar {D/analg}.
P {H} mantener {DD} y {P/ther}.
P {H} {P/ther} sin incidencias.
P {H} {P/ther}. Se mantiene sin cambios.
N {H} sin cambios. {~admin}. [{~social}.|{~normal}.|]
N {H} se mantiene la pauta actual. {~admin}. [{~social}.|{~normal}.|]
H {H} perfusión gota a gota. Se evita {!D/abx} por alergia documentada. {~admin}. [{~social}.|{~normal}.|]
H {H} alérgica a {!D}; se revisa la medicación. Sin cambios. {~admin}. [{~social}.|{~normal}.|]

== evolucion.plan | P: | Plan: | PLAN: | Actitud:
P {H} solicitar {M/panel:hyp} mañana.
P {H} pendiente de {P/img:hyp}.
P {H} se solicita {M/lab:hyp} y {M/lab:hyp}.
P {H} vigilar aparición de {C/sym:hyp}. Repetir {M/culture:hyp} si {C/sym:hyp}.
P {H} programar {P/surg:hyp}. Valorar {P/img:hyp} previa.
P {H} si {C/sym:hyp}, {DD}.
P {H} control de {M/vital:hyp} cada turno.
P {H} alta mañana si no presenta {C/sym:hyp}.
N {H} alta prevista mañana si continúa estable. {~admin}. [{~social}.|{~normal}.|]
N {H} continuar igual. Se informa a la familia. {~admin}. [{~social}.|{~normal}.|]
H {H} interconsulta a {~serv}. {~admin}. [{~social}.|{~normal}.|]
H {H} traslado a {~unit} cuando haya cama disponible. {~admin}. [{~social}.|{~normal}.|]

== evolucion.enfermeria | Enfermería: | Nota de enfermería: | Turno de noche: | Turno de mañana:
P {H} {MV/vital}, {MV/vital}. Se administra {D/analg} por {C/sym}.
P {H} paciente con {C/sym}, se avisa al médico de guardia. {MV/vital}.
P {H} {MV/vital}. Se realiza {P/ther} sin incidencias.
P {H} {M/vital} cada 4 horas. Sin {C/sym:neg}.
P {H} se extraen {M/culture} por {C/sym}.
P {H} descansa. {MV/vital}. No refiere {C/sym:neg}.
P {H} se administra {DD} según pauta.
P {H} {C/sym} durante la noche.
P {H} {MV/vital}, {MV/vital}. Descansa.
P {H} se prepara para {P:hyp} de mañana. Ayunas desde las 00:00.
N {H} paciente tranquilo, descansa toda la noche. Sin incidencias. {~admin}. [{~social}.|{~normal}.|]
N {H} se realiza higiene en cama con ayuda. Sin incidencias. {~admin}. [{~social}.|{~normal}.|]
N {H} deambula con ayuda. Buena ingesta. Sin incidencias. {~admin}. [{~social}.|{~normal}.|]
H {H} se conserva la medicación a temperatura ambiente. Sin incidencias. {~admin}. [{~social}.|{~normal}.|]
H {H} se avisa a {~unit} para traslado. Paciente tranquilo. {~admin}. [{~social}.|{~normal}.|]
