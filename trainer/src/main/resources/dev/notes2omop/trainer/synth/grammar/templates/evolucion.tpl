# Evolutivo (progress note).

== evolucion.subjetivo | S: | Subjetivo: | Refiere: | Comentario:
P {H} refiere {C/sym}. No {C/sym:neg}.
P {H} mejor, persiste {C/sym} leve. Niega {C/sym:neg}.
P {H} ha pasado mala noche por {C/sym}. Pide {D/analg}.
P {H} sin {C/sym:neg} ni {C/sym:neg} desde ayer.
P {H} refiere [encontrarse mejor|mejoría] tras {D}. Sin {C/sym:neg}.
P {H} paciente que comenta {C/sym} tras la toma de {D}.
P {H} {C/sym} de predominio nocturno. No {C/sym:neg}.
N {H} paciente tranquilo y colaborador. Sin quejas.
N {H} se encuentra bien, ha descansado por la noche. Tolera dieta.
N {H} refiere encontrarse mejor. Deambula por la habitación.
H {H} pendiente de valoración por {~unit}. Se encuentra mejor.
H {H} preocupado por su situación de paro. Sin otras quejas.

== evolucion.exploracion | O: | Objetivo: | Exploración: | EF:
P {H} {MV/vital}, {MV/vital}. Afebril.
P {H} {MV/vital}. {MV/vital}. {MV/vital}.
P {H} afebril, {MV/vital}, {MV/vital}. Buen estado general.
P {H} [persiste|mejora la] {C/resp}. {MV/vital}.
P {H} {MV/vital} {MV/vital}. Diuresis conservada.
P {H} {MV/anthro}, {MV/anthro}. {MV/vital}.
P {H} {MV/score}. {MV/vital}. Sin {C/sym:neg}.
N {H} consciente y orientado. Eupneico. Abdomen blando y depresible.
N {H} buen estado general. Herida quirúrgica limpia. Diuresis conservada.
H Exploración física: sin cambios respecto a ayer. Eupneico.
H {H} {MV/vital}. Reducir carga de peso en el miembro inferior.

== evolucion.analitica | Analítica: | Analítica de control: | Control analítico: | Resultados:
P {H} {MV/hemo}, {MV/hemo}, {MV/bioq}.
P {H} {MV/bioq}, {MV/bioq}. {MV/inflam} en descenso.
P {H} {MV/hemo}, {MV/hemo}. Resto sin cambios.
P {H} {MV/coag}. Ajuste de {D} según protocolo.
P {H} {MV/cardio}, {MV/cardio}.
P {H} {M/culture}: {~qualneg}. {MV/inflam}.
P {H} {MV/lipid}, {MV/lipid}, {MV/lipid}.
N {H} sin cambios significativos respecto a la previa.
N {H} pendiente de resultados del laboratorio.
H {H} muestra hemolizada, se repite extracción. Conservar a temperatura ambiente.

== evolucion.valoracion | A: | Valoración: | Impresión: | Juicio:
P {H} {C/acute} en mejoría.
P {H} {C/acute} con buena respuesta a {D}.
P {H} {C/sym}, probable {C/acute:unc}.
P {H} descartada {C/acute:neg}. {C/chronic} estable.
P {H} {C/acute}. Sospecha de {C/acute:unc} sobreañadida.
P {H} evolución favorable de {C/acute}. No signos de {C/acute:neg}.
P {H} {C/chronic} descompensada. Posible {C/acute:unc}.
N {H} evolución favorable. Estable.
N {H} sin cambios relevantes respecto a ayer.
H {H} comentado con {~serv}: no precisa cambios.

== evolucion.tratamiento | Tratamiento: | Tto: | Medicación: | Cambios en el tratamiento:
P {H} se inicia {DD}.
P {H} se suspende {D} por {C/sym}.
P {H} se cambia {D/abx} por {D/abx}.
P {H} {DD}. {DD}.
P {H} se añade {DD}. Mantener {D/chronic}.
P {H} se reduce dosis de {D/chronic}. Si {C/sym:hyp}, pautar {D/analg}.
P {H} mantener {DD} y {P/ther}.
P {H} {P/ther} sin incidencias.
N {H} sin cambios.
N {H} se mantiene la pauta actual.
H {H} perfusión gota a gota. Se evita {!D/abx} por alergia documentada.
H {H} alérgica a {!D}; se revisa la medicación. Sin cambios.

== evolucion.plan | P: | Plan: | PLAN: | Actitud:
P {H} solicitar {M/panel:hyp} mañana.
P {H} pendiente de {P/img:hyp}.
P {H} se solicita {M/lab:hyp} y {M/lab:hyp}.
P {H} vigilar aparición de {C/sym:hyp}. Repetir {M/culture:hyp} si {C/sym:hyp}.
P {H} programar {P/surg:hyp}. Valorar {P/img:hyp} previa.
P {H} si {C/sym:hyp}, {DD}.
P {H} control de {M/vital:hyp} cada turno.
P {H} alta mañana si no presenta {C/sym:hyp}.
N {H} alta prevista mañana si continúa estable.
N {H} continuar igual. Se informa a la familia.
H {H} interconsulta a {~serv}.
H {H} traslado a {~unit} cuando haya cama disponible.

== evolucion.enfermeria | Enfermería: | Nota de enfermería: | Turno de noche: | Turno de mañana:
P {H} {MV/vital}, {MV/vital}. Se administra {D/analg} por {C/sym}.
P {H} paciente con {C/sym}, se avisa al médico de guardia. {MV/vital}.
P {H} {MV/vital}. Se realiza {P/ther} sin incidencias.
P {H} {M/vital} cada 4 horas. Sin {C/sym:neg}.
P {H} se extraen {M/culture} por {C/sym}.
P {H} descansa. {MV/vital}. No refiere {C/sym:neg}.
N {H} paciente tranquilo, descansa toda la noche. Sin incidencias.
N {H} se realiza higiene en cama con ayuda. Sin incidencias.
N {H} deambula con ayuda. Buena ingesta. Sin incidencias.
H {H} se conserva la medicación a temperatura ambiente. Sin incidencias.
H {H} se avisa a {~unit} para traslado. Paciente tranquilo.
