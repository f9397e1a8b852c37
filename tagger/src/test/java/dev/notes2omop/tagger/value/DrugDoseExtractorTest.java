package dev.notes2omop.tagger.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.DrugDose;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrugDoseExtractorTest {

  private final DrugDoseExtractor extractor = new DrugDoseExtractor();

  private Optional<DrugDose> after(String text, String drug) {
    int start = text.indexOf(drug);
    return extractor.extract(text, start, start + drug.length(), text.length());
  }

  private DrugDose doseAfter(String text, String drug) {
    Optional<DrugDose> dose = after(text, drug);
    assertThat(dose).as("dose after '%s' in '%s'", drug, text).isPresent();
    return dose.orElseThrow();
  }

  @Test
  void readsStrengthFormAndRouteOfAMedicationLine() {
    DrugDose d =
        doseAfter(
            "Tratamiento: enalapril 20 mg 1 comprimido cada 12 h vía oral. Control en 1 mes.",
            "enalapril");

    assertThat(d.amount()).isEqualByComparingTo("20");
    assertThat(d.unit()).isEqualTo("mg");
    assertThat(d.form()).isEqualTo("Tablet");
    assertThat(d.route()).isEqualTo("Oral");
    assertThat(d.routeText()).isEqualTo("vía oral");
    assertThat(d.daysSupply()).isNull();
    assertThat(d.sig()).isEqualTo("enalapril 20 mg 1 comprimido cada 12 h vía oral");
  }

  @Test
  void readsGramsPerIntervalIntravenousAndDuration() {
    DrugDose d = doseAfter("Se inicia amoxicilina 1 g/8 h iv durante 7 días.", "amoxicilina");

    assertThat(d.amount()).isEqualByComparingTo("1");
    assertThat(d.unit()).isEqualTo("g");
    assertThat(d.route()).isEqualTo("Intravenous");
    assertThat(d.routeText()).isEqualTo("iv");
    assertThat(d.daysSupply()).isEqualTo(7);
    assertThat(d.sig()).isEqualTo("amoxicilina 1 g/8 h iv durante 7 días");
  }

  @Test
  void readsThousandsUnitsSubcutaneousAndWeeks() {
    DrugDose d = doseAfter("heparina 5.000 UI sc cada 24 h durante 2 semanas", "heparina");

    assertThat(d.amount()).isEqualByComparingTo("5000");
    assertThat(d.unit()).isEqualTo("UI");
    assertThat(d.route()).isEqualTo("Subcutaneous");
    assertThat(d.daysSupply()).isEqualTo(14);
  }

  @Test
  void readsAnInfusionAsIntravenousWithoutAStrength() {
    DrugDose d = doseAfter("Precisa noradrenalina en perfusión continua", "noradrenalina");

    assertThat(d.amount()).isNull();
    assertThat(d.route()).isEqualTo("Intravenous");
    assertThat(d.routeText()).isEqualTo("en perfusión continua");
  }

  @Test
  void readsDecimalCommaAndCapsules() {
    DrugDose d = doseAfter("metotrexato 2,5 mg cápsulas", "metotrexato");

    assertThat(d.amount()).isEqualByComparingTo("2.5");
    assertThat(d.form()).isEqualTo("Capsule");
    assertThat(d.route()).isNull();
  }

  @Test
  void findsNoDoseWhenNothingFollowsOrTheSentenceEnds() {
    assertThat(after("Se suspende el enalapril. Vía oral tolerada.", "enalapril")).isEmpty();
    assertThat(after("Alergia a paracetamol", "paracetamol")).isEmpty();
    assertThat(after("enalapril\n20 mg", "enalapril")).isEmpty();
    assertThat(after("omeprazol si precisa", "omeprazol")).isEmpty();
  }

  @Test
  void doesNotReadADoseGluedToAWordOrAnIvInsideAWord() {
    assertThat(after("vitamina B12 diaria", "vitamina")).isEmpty();
    assertThat(after("omeprazol divertido", "omeprazol")).isEmpty();
  }

  @Test
  void givesEachDrugOfALineItsOwnDose() {
    String text = "enalapril 20 mg y metformina 850 mg vo";
    Mention enalapril = drug(text, "enalapril");
    Mention metformina = drug(text, "metformina");

    List<Mention> dosed = extractor.withDoses(text, List.of(enalapril, metformina));

    assertThat(dosed.get(0).dose().amount()).isEqualByComparingTo("20");
    assertThat(dosed.get(0).dose().route()).isNull();
    assertThat(dosed.get(1).dose().amount()).isEqualByComparingTo("850");
    assertThat(dosed.get(1).dose().route()).isEqualTo("Oral");
  }

  @Test
  void leavesMentionsOtherThanDrugsAlone() {
    String text = "creatinina 1,3 mg/dL";
    Mention m =
        new Mention(0, 10, "creatinina", EntityLabel.MEASUREMENT, Assertion.AFFIRMED, null, 0);

    assertThat(extractor.withDoses(text, List.of(m)).get(0).dose()).isNull();
  }

  private static Mention drug(String text, String name) {
    int start = text.indexOf(name);
    return new Mention(
        start, start + name.length(), name, EntityLabel.DRUG, Assertion.AFFIRMED, null, 0);
  }
}
