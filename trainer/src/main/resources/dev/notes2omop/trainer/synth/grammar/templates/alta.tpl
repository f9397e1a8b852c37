# Informe de alta (discharge summary). Syntax: see TemplateParser; P positive, N negative, H hard negative.

== alta.motivo | Motivo de ingreso: | MOTIVO DE INGRESO: | Motivo del ingreso: | Motivo de ingreso -
P {H} {C/acute}.
P {H} {C/sym} {~time}.
P {H} {C/acute} en paciente con {C/chronic}.
P {H} {C/sym} y {C/sym} {~time}.
P {H} ingreso programado para {P/surg:hyp}.
P {H} [descompensación de|mal control de] {C/chronic}.
P {H} {C/sym}. [Sospecha de|Posible|Probable] {C/acute:unc}.
P Ingresa por {C/acute} [tras|después de] {P:hist} [en {#year}|hace {#n:2:9} años].
P {H} {MV/vital} y {C/sym} {~time}.
P {H} administración de {DD} en hospital de día.
P {H} {MV/bioq} en analítica de control.
P {H} [realización de|ingreso para] {P/surg:hyp} programada.
N {H} estudio programado. Ingreso desde consultas externas. {~admin}. [{~social}.|{~normal}.|]
N {H} traslado desde otro centro para continuar cuidados. {~admin}. [{~social}.|{~normal}.|]
H {H} valoración por {~serv} tras derivación desde {~hosp}. {~admin}. [{~social}.|{~normal}.|]
H {H} traslado a {~unit} para monitorización. {~admin}. [{~social}.|{~normal}.|]

== alta.antecedentes | Antecedentes personales: | ANTECEDENTES PERSONALES: | AP: | Antecedentes: | ANTECEDENTES:
P {H} {C/chronic*:hist}.
P {H} {C/chronic:hist}, {C/chronic:hist} [y|e] {C:hist}. Intervenido de {P/surg:hist} en {#year}.
P {H} No alergias medicamentosas conocidas. {C/chronic*:hist}. [Exfumador|Fumador de {#n:5:40} cigarrillos al día]. Vida basal independiente.
P {H} {C/chronic:hist} en tratamiento con {D/chronic:hist}. {C/chronic:hist} [de larga evolución|diagnosticado en {#year}].
P {H} {C/chronic:hist} [diagnosticado|diagnosticada] en {#year}. {C/acute:hist} en {#year}. Antecedente de {P/surg:hist}.
P {H} IQ: {P/surg*:hist}.
P {H} niega {C/chronic:neg}. Antecedentes quirúrgicos: {P/surg:hist} ({#year}).
P Antecedentes personales de {C/chronic:hist} y {C/chronic:hist}. No [hábitos tóxicos|consumo de tóxicos].
P {H} - {C/chronic:hist}\n- {C/chronic:hist}\n- {C:hist}\n- {P/surg:hist} en {#year}
P {H} {C/onc:hist} [en {#year}|hace {#n:2:15} años] tratado con {P/surg:hist} y {P/ther:hist}, en remisión.
P {H} sin antecedentes de {C/chronic:neg,hist}. Tratamiento habitual: {DD}.
P {H} tratamiento habitual: {D/chronic*}.
P {H} {MV/bioq} basal. {C/chronic:hist}.
N {H} sin antecedentes médicos de interés. No intervenciones quirúrgicas previas. {~social}. [{~admin}.|{~social}.|]
N {H} sin interés. Vive con su familia, independiente para las actividades básicas de la vida diaria. {~social}. [{~admin}.|{~social}.|]
H {H} alergia a {!D/abx}. {C/chronic:hist}. {~social}. [{~admin}.|{~social}.|]
H {H} RAM a {!D}. Seguimiento en {~unit}. {~social}. [{~admin}.|{~social}.|]
H ALERGIAS: {!D/abx} y {!D/analg}. Resto sin interés. {~social}. [{~admin}.|{~social}.|]

== alta.familiares | Antecedentes familiares: | ANTECEDENTES FAMILIARES: | AF: | Historia familiar:
P {H} {~rel} con {C/fam:fam}.
P {H} {~relup} con diagnóstico de {C/fam:fam} a los {#n:40:80} años.
P {H} {~rel} con {C/fam:fam} y {~rel} con {C/fam:fam}.
P {H} antecedentes familiares de {C/fam*:fam}.
P {H} fallecimiento de {~rel} por {C/fam:fam}. Resto sin interés.
P {H} niega antecedentes familiares de {C/fam:fam,neg}.
P {H} {~rel} en tratamiento por {C/fam:fam}; {~rel} con {C/onc:fam}.
P {H} {~rel} en tratamiento con {D/chronic:fam}.
P {H} {~rel} [intervenido|operado] de {P/surg:fam,hist}.
P {H} {~rel} con {M/lab:fam} elevado desde joven.
N {H} sin interés. Padres sanos. {~social}. [{~admin}.|{~social}.|]
N {H} no refiere antecedentes familiares de interés. {~social}. [{~admin}.|{~social}.|]
H {H} {~relup} atendido en {~unit}. Sin otros antecedentes de interés. {~social}. [{~admin}.|{~social}.|]

== alta.enfermedad | Enfermedad actual: | ENFERMEDAD ACTUAL: | Historia actual: | Anamnesis:
P {H} paciente de {#age} años con {C/chronic:hist} que acude por {C/sym} {~time}, asociando {C/sym}. Niega {C/sym*:neg}.
P {H} varón de {#age} años que consulta por {C/sym} {~time}. No {C/sym:neg} ni {C/sym:neg}.
P {H} mujer de {#age} años, con antecedentes de {C/chronic:hist}, que refiere {C/sym} y {C/sym} {~time}.
P {H} refiere {C/sym} [progresivo|intermitente|de inicio brusco] {~time}. En tratamiento con {DD}. Sin {C/sym:neg}.
P {H} acude derivado por su médico por [sospecha de|posible] {C/acute:unc}. Refiere {C/sym}.
P {H} cuadro de {C/sym} y {C/sym} {~time}. Ha tomado {D/analg} sin mejoría.
P {H} paciente que consulta por {C/sym}. Se descarta {C/acute:neg} en urgencias.
P {H} refiere {C/sym} desde que inició {D}; no presenta {C/sym:neg}.
P {H} traída por familiares por {C/sym}. [Posible|Probable] {C/acute:unc} [a descartar|en estudio].
P {H} aporta {P/img} realizado en su centro de salud.
P {H} en analítica de su centro de salud presenta {MV/bioq}. Se deriva para estudio.
P {H} ingresa para completar tratamiento con {DD}.
N {H} paciente que ingresa de forma programada para completar estudio. Se encuentra asintomático. {~admin}. [{~social}.|{~normal}.|]
N {H} paciente de {#age} años que acude acompañado de su hija. Refiere encontrarse bien, sin nueva clínica. {~admin}. [{~social}.|{~normal}.|]
H {H} paciente de {#age} años remitido desde {~unit} para valoración. Refiere {C/sym}. {~admin}. [{~social}.|{~normal}.|]
H {H} paciente conocido en {~serv}, en fase de seguimiento. Sin cambios desde la última revisión. {~admin}. [{~social}.|{~normal}.|]

== alta.exploracion | Exploración al ingreso: | EXPLORACIÓN: | EF: | A la exploración:
P {H} {MV/vital}, {MV/vital}, {MV/vital}. Buen estado general.
P {H} consciente y orientado. {MV/vital}. {MV/vital}. Afebril.
P {H} [Regular|Buen] estado general. {MV/vital}, {MV/vital}. Eupneico en reposo.
P {H} {C/sym} [a la palpación|a la movilización]. Resto sin hallazgos. {MV/vital}.
P {H} {MV/vital} {MV/vital} {MV/vital} {MV/vital}.
P {H} auscultación pulmonar con {C/resp}. {MV/vital}.
P {H} Abdomen blando y depresible. No signos de {C/acute:neg}. {MV/vital}.
P {H} se realiza {P/exam}, {~qualnorm}. {MV/vital}.
N {H} consciente, orientado y colaborador. Normocoloreado y normohidratado. Eupneico en reposo. {~normal}. [{~normal}.|{~normal}. {~normal}.]
N {H} buen estado general. Auscultación cardiaca rítmica. Murmullo vesicular conservado. Abdomen blando y depresible. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H Exploración física: consciente y orientado. Auscultación cardiaca rítmica. Abdomen blando. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H EXPLORACIÓN FÍSICA: {MV/vital}. Buen estado general, normocoloreado. {~normal}. [{~normal}.|{~normal}. {~normal}.]
H Exploración neurológica: pares craneales normales. Fuerza y sensibilidad conservadas en las cuatro extremidades. {~normal}. [{~normal}.|{~normal}. {~normal}.]

== alta.pruebas | Pruebas complementarias: | PRUEBAS COMPLEMENTARIAS: | Exploraciones complementarias: | PP.CC.:
P {H} Analítica: {MV/hemo}, {MV/hemo}, {MV/bioq}, {MV/bioq}.
P {H} {P/img}: {~qualnorm}. {P/img}: [hallazgos compatibles con|imagen sugestiva de] {C/acute:unc}.
P {H} {P/img} sin hallazgos de {C/acute:neg}. {MV/inflam}.
P {H} {M/culture}: {~qualneg}. {M/culture}: {~qualneg}.
P {H} {P/img}: {~qualnorm}. {MV/cardio}.
P {H} Bioquímica: {MV/bioq}, {MV/bioq}, {MV/bioq}. {M/panel} sin alteraciones.
P {H} {P/img} [que muestra|con] {C}. {M/test}: {~qualnorm}.
P {H} {MV/gas}, {MV/gas}, {MV/gas}.
P {H} {P/img}: se descarta {C/acute:neg}.
P {H} {P/img}: {~qualnorm}. {P/img}: {~qualnorm}.
N {H} se adjuntan los resultados en el anexo del informe. {~admin}. [{~social}.|{~normal}.|]
N {H} las pruebas realizadas se encuentran en la historia clínica electrónica. {~admin}. [{~social}.|{~normal}.|]
H {H} {P/img} informado por {~serv}: {~qualnorm}. {~admin}. [{~social}.|{~normal}.|]
H {H} se envían muestras al laboratorio. Muestras conservadas a temperatura ambiente hasta su envío. {~admin}. [{~social}.|{~normal}.|]

== alta.evolucion | Evolución: | EVOLUCIÓN: | Evolución clínica: | Curso clínico:
P {H} durante el ingreso se inicia {DD} con buena evolución. Desaparece la clínica de {C/sym}.
P {H} favorable. Se realiza {P} sin incidencias. Al alta asintomático.
P {H} presenta episodio de {C/acute} que se trata con {D/acute}, con mejoría.
P {H} buena respuesta a {D/abx}. {M/culture} negativo. Sin {C/sym:neg} desde el tercer día.
P {H} se realiza {P/img} que confirma {C/acute}. Se inicia tratamiento con {DD}.
P {H} tórpida, precisando {P/ther}. Posteriormente mejoría progresiva con {D}.
P {H} se ajusta dosis de {D/chronic} por {C/sym}. Control de {M/lab} en rango.
P {H} sin complicaciones. No {C/acute:neg}. Tolera dieta oral y deambula.
N {H} favorable, sin incidencias durante el ingreso. Tolera dieta y deambula sin ayuda. {~admin}. [{~social}.|{~normal}.|]
N {H} buena evolución clínica, por lo que se decide alta a domicilio. {~admin}. [{~social}.|{~normal}.|]
H {H} se comenta con {~serv}, que desestima intervención. Se informa a la paciente de la tasa de éxito de las alternativas. {~admin}. [{~social}.|{~normal}.|]
H {H} valorado por {~unit}, sin cambios en el plan. Buena evolución. {~admin}. [{~social}.|{~normal}.|]

== alta.juicio | Juicio clínico: | JUICIO CLÍNICO: | Diagnóstico principal: | Diagnósticos al alta: | JC:
P {H} {C/acute}.
P {H} {C/acute}. {C/chronic:hist}.
P {H} 1. {C/acute}\n2. {C/chronic}\n3. {C}
P {H} {C/acute} en paciente con {C/chronic} y {C/chronic}.
P {H} {C/sym} [a estudio|en estudio]. [Posible|Probable] {C:unc}.
P {H} {C/acute}, descartado {C/acute:neg}.
P {H} {C/acute} [resuelto|en resolución]. Diagnósticos secundarios: {C/chronic*}.
P Diagnóstico principal: {C/acute}. Procedimientos: {P}.
P {H} estado tras {P/surg:hist}.
P Procedimientos realizados: {P*}.
N {H} pendiente de resultados definitivos. Se informará en consulta. {~admin}. [{~social}.|{~normal}.|]
H {H} se remite a {~unit} para completar estudio. {~admin}. [{~social}.|{~normal}.|]

== alta.tratamiento | Tratamiento al alta: | TRATAMIENTO: | Tratamiento: | Medicación al alta:
P {H} {DD}. {DD}.
P {H}\n- {DD}\n- {DD}\n- {DD}
P {H} continuar con su tratamiento habitual. Añadir {DD}.
P {H} suspender {D}. Iniciar {DD}.
P {H} {DD} durante {#n:5:14} días. {DD} si {C/sym:hyp}.
P {H} {D*}.
P {H} {DD} y {DD}. No tomar {D/analg:hyp} si {C/acute:hyp}.
P {H} mantener {D/chronic} y {D/chronic}. Se retira {D} por {C/sym}.
P {H} {P/ther}. Revisión de la pauta en consulta.
P {H} control de {M/lab:hyp} en una semana para ajuste de dosis.
N {H} sin cambios respecto al tratamiento habitual. {~admin}. [{~social}.|{~normal}.|]
N {H} el mismo que venía realizando. Se entrega hoja de medicación actualizada. {~admin}. [{~social}.|{~normal}.|]
H {H} {DD}. Alergia a {!D/abx}: no administrar. {~admin}. [{~social}.|{~normal}.|]
H {H} perfusión de {D} gota a gota. Evitar {!D/analg} por alergia conocida. {~admin}. [{~social}.|{~normal}.|]

== alta.recomendaciones | Recomendaciones: | RECOMENDACIONES: | Plan: | Recomendaciones al alta:
P {H} acudir a Urgencias si presenta {C/sym:hyp} o {C/sym:hyp}.
P {H} vigilar aparición de {C/sym:hyp}. Control de {M/panel:hyp} en {#n:1:4} semanas.
P {H} se solicita {P/img:hyp} de control. Cita en consultas externas.
P {H} acudir si {C/sym:hyp}. Control por {~control}.
P {H} en caso de {C/sym:hyp}, tomar {D/analg}. Reposo relativo.
P {H} control de {M/lab:hyp} y {M/lab:hyp} por su médico. Si {C/sym:hyp}, consultar.
P {H} pendiente de {P:hyp}. Se le avisará por teléfono.
P {H} dieta sin sal. Control de {M/vital:hyp} en domicilio.
N {H} dieta equilibrada y ejercicio físico moderado. Control por su médico de atención primaria. {~admin}. [{~social}.|{~normal}.|]
N {H} reposo relativo durante una semana. Cita en consultas externas en tres meses. {~admin}. [{~social}.|{~normal}.|]
H {H} dieta baja en sodio y en colesterol. Evitar alimentos ricos en potasio. {~admin}. [{~social}.|{~normal}.|]
H {H} evitar cargar peso con el miembro intervenido durante seis semanas. {~admin}. [{~social}.|{~normal}.|]
H {H} cita en {~unit} en {#n:2:8} semanas. Traer informe. {~admin}. [{~social}.|{~normal}.|]

== alta.administrativo | Datos del episodio: | DATOS ADMINISTRATIVOS: | Episodio:
N {H} fecha de ingreso {#date}. Fecha de alta {#date}. NHC {#id}. {~admin}. [{~social}.|{~normal}.|]
N {H} ingreso urgente. Destino al alta: {~dest}. Médico responsable: {~doctor}. {~admin}. [{~social}.|{~normal}.|]
N Firmado electrónicamente por {~doctor}, {#date}. Lo que se informa a los efectos oportunos. {~admin}. [{~social}.|{~normal}.|]
N Paciente ingresado en {~ward} desde el {#date}. Se entrega copia del informe al paciente. {~admin}. [{~social}.|{~normal}.|]
N {H} alta a {~dest} el día {#date} a las {#hour} horas. {~admin}. [{~social}.|{~normal}.|]
H {H} servicio responsable: {~serv}. Hospital: {~hosp}. {~admin}. [{~social}.|{~normal}.|]
H Informe emitido por {~serv} del {~hosp}. Médico responsable: {~doctor}. {~admin}. [{~social}.|{~normal}.|]
H Paciente derivado al {~hosp} a cargo de {~person}. {~admin}. [{~social}.|{~normal}.|]
H Firmado: {~person}, FEA de {~serv}. {~admin}. [{~social}.|{~normal}.|]
P {H} ingreso por {C/acute}. Alta a {~dest} el {#date}.
P {H} fecha de alta {#date}. Diagnóstico: {C}. Procedimiento: {P}.
P {H} procedimiento realizado: {P}. Alta a {~dest}.
