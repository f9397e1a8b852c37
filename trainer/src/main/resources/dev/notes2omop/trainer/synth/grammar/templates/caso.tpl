# Caso clínico (case report: narrative prose in the past tense, as published case reports and
# referral letters are written). Syntax: see TemplateParser; P positive, N negative, H hard negative.

== caso.presentacion | Caso clínico: | Presentación del caso: | Anamnesis: | Historia clínica:
P {H} [Varón|Mujer|Paciente] de {#age} años con antecedentes de {C/chronic:hist} y {C/chronic:hist} que [consultó|acudió a urgencias] por {C/sym} de {#n:2:30} días de evolución.
P {H} [Varón|Mujer] de {#age} años, sin antecedentes de interés, que [presentaba|refería] {C/sym} y {C/sym} desde hacía {#n:2:8} semanas.
P {H} Se trata de [un varón|una mujer] de {#age} años diagnosticado de {C/onc:hist} en {#year}, tratado mediante {P/surg:hist} y {P/ther:hist}.
P {H} [Paciente|Varón|Mujer] de {#age} años en seguimiento por {C/chronic:hist}, en tratamiento con {D/chronic:hist} y {D/chronic:hist}, que [ingresó|fue remitido] por {C/acute}.
P {H} Presentamos el caso de [un varón|una mujer] de {#age} años que consultó por {C/sym} asociado a {C/sym}.
P {H} [Mujer|Varón] de {#age} años, fumador de {#n:10:40} paquetes-año, con {C/chronic:hist}, que fue [derivado|derivada] a nuestro servicio para estudio de {C/onc:unc}.
P {H} Como antecedentes destacaban {C/chronic*:hist}, en tratamiento habitual con {D/chronic*}.
P {H} [Paciente|Varón|Mujer] de {#age} años que [refería|relataba] {C/sym} tras la toma de {D}, sin {C/sym:neg} ni {C/sym:neg}.
P {H} Entre sus antecedentes familiares [destacaba|constaba] {C:fam}.
P {H} A los {#n:2:10} días del inicio del tratamiento con {D/abx} [presentó|desarrolló] {C/sym}.
N {H} [Varón|Mujer] de {#age} años, [jubilado|jubilada|en activo], que vive con su familia. {~social}. [{~admin}.|]
N {H} el paciente [acudió|fue valorado] en consulta acompañado de su familia. {~admin}. [{~social}.|]
H {H} [Varón|Mujer] de {#age} años remitido desde {~hosp} para valoración por {~serv}. {~admin}.
H {H} el paciente refería alergia a {!D/abx}. {~social}. [{~admin}.|]

== caso.exploracion | Exploración: | A la exploración: | En la exploración: | Exploración por aparatos:
P {H} se [objetivó|apreciaba] {C/sym} [sin otros hallazgos|con el resto de la exploración normal].
P {H} {MV/vital}, {MV/vital} y {MV/vital}. Se [palpaba|objetivaba] {C/onc:unc}.
P {H} [destacaba|presentaba] {C/sym} y {C/sym}. {MV/vital}.
P {H} el paciente se encontraba [consciente|afebril], con {C/sym}. {MV/anthro}.
P {H} [no se objetivaron|sin] {C/sym:neg}. {MV/vital}.
N {H} buen estado general, consciente y orientado, normocoloreado. {~normal}. [{~normal}.|]
H {H} exploración por aparatos sin hallazgos. Valorado por {~doctor}. {~normal}.

== caso.pruebas | Pruebas complementarias: | Exploraciones complementarias: | Estudios realizados: | En las pruebas complementarias:
P {H} [en la analítica destacaba|la analítica mostró] {MV/bioq} y {MV/hemo}.
P {H} se [realizó|solicitó] {P/img} que [mostró|evidenció] {C/onc:unc}.
P {H} la {P/biopsy} [fue compatible con|confirmó el diagnóstico de] {C/onc}.
P {H} {P/img} sin [hallazgos de|signos de] {C/acute:neg}. {MV/bioq}.
P {H} se completó el estudio con {P/img} y {P/img}, [que descartaron|sin evidencia de] {C/onc:neg}.
P {H} se [determinaron|solicitaron] {M/lab} y {M/lab}, con resultado [normal|dentro de la normalidad].
P {H} {M/culture} positivo, {MV/inflam}.
P {H} el estudio histológico de la pieza de {P/surg} [mostró|reveló] {C/onc}.
N {H} las pruebas se realizaron sin incidencias. {~labnote}. [{~admin}.|]
H {H} [muestra remitida a|pendiente de informe de] {~unit}. {~labnote}.

== caso.tratamiento | Tratamiento: | Tratamiento y evolución: | Se pautó: | Manejo:
P {H} se inició tratamiento con {D} y {D}, con [buena respuesta|mejoría progresiva].
P {H} se [administró|pautó] {DD} durante {#n:3:14} días.
P {H} [recibió|se administraron] {#n:2:8} ciclos de {D/chronic} con {D/chronic}.
P {H} se realizó {P/surg} sin complicaciones y posteriormente {P/ther}.
P {H} se [suspendió|retiró] {D} por {C/sym} y se sustituyó por {D}.
P {H} tras el diagnóstico de {C/acute} se inició {D/abx} [por vía intravenosa|por vía oral].
P {H} ante la sospecha de {C/acute:unc} se [añadió|administró] {D/acute}.
P {H} precisó {P/ther} y {D/acute} por {C/acute}.
N {H} se decidió manejo conservador y seguimiento en consultas. {~admin}. [{~social}.|]
H {H} se explicó al paciente el [procedimiento|plan] y firmó el consentimiento. Seguimiento por {~serv}.

== caso.evolucion | Evolución: | Evolución clínica: | Durante el ingreso: | En el seguimiento:
P {H} la evolución fue favorable, con resolución de {C/sym} a los {#n:2:10} días.
P {H} a los {#n:2:12} meses [presentó|desarrolló] {C/onc}, por lo que se [realizó|indicó] {P/ther}.
P {H} [el paciente|la paciente] permanece [asintomático|asintomática] {#n:2:5} años después, sin {C/onc:neg}.
P {H} durante el ingreso presentó {C/acute}, que se trató con {D}.
P {H} en el control analítico {MV/bioq} y {MV/hemo}, por lo que se ajustó la dosis de {D/chronic}.
P {H} fue dado de alta con {DD} y {DD}.
P {H} [falleció|fue exitus] a los {#n:2:20} meses por {C/acute}.
N {H} fue dado de alta a su domicilio y sigue controles en consultas externas. {~admin}.
H {H} se remitió a {~serv} de {~hosp} para continuar seguimiento. {~admin}.
