package dev.notes2omop.plugin.demo;

/** The kinds of note the generator writes, with their LOINC document type. */
enum SyntheticNoteKind {
  PROGRESS("11506-3", "Progress note", "Nota de evolución", "NOTA DE EVOLUCIÓN"),
  DISCHARGE("18842-5", "Discharge summary", "Informe de alta", "INFORME DE ALTA HOSPITALARIA"),
  CONSULT("11488-4", "Consult note", "Informe de consulta", "CONSULTA EXTERNA"),
  HISTORY_AND_PHYSICAL(
      "34117-2", "History and physical note", "Historia clínica", "HISTORIA CLÍNICA DE INGRESO"),
  EMERGENCY("34111-5", "Emergency department note", "Informe de Urgencias", "INFORME DE URGENCIAS"),
  LAB_REPORT(
      "11502-2",
      "Laboratory report",
      "Informe de laboratorio",
      "INFORME DE RESULTADOS DE LABORATORIO");

  private final String loincCode;
  private final String loincDisplay;
  private final String title;
  private final String heading;

  SyntheticNoteKind(String loincCode, String loincDisplay, String title, String heading) {
    this.loincCode = loincCode;
    this.loincDisplay = loincDisplay;
    this.title = title;
    this.heading = heading;
  }

  String loincCode() {
    return loincCode;
  }

  String loincDisplay() {
    return loincDisplay;
  }

  /** The Spanish title, as a DocumentReference description. */
  String title() {
    return title;
  }

  /** The first line of the note's text. */
  String heading() {
    return heading;
  }

  /** Whether the note is written during a stay or a visit, so that it names an encounter. */
  boolean hasEncounter() {
    return this == DISCHARGE || this == HISTORY_AND_PHYSICAL || this == EMERGENCY;
  }
}
